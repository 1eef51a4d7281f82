# description: with the default filters, warnings go to stderr once per location with the source line; DeprecationWarning shows only in __main__; the registry and catch_warnings(action=...) behave like CPython
# features: [warnings, io]
# min-version: 3.13
# expect: output

import io
import sys
import warnings

captured = io.StringIO()
sys.stderr = captured


def noisy(i):
    warnings.warn(f"call {i}")


for i in range(3):
    noisy(i)
warnings.warn("main deprecation", DeprecationWarning)
warnings.warn_explicit("library deprecation", DeprecationWarning, "lib.py", 10, module="lib")
warnings.warn_explicit("library future", FutureWarning, "lib.py", 11, module="lib")
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn("resource", ResourceWarning)
sys.stderr = sys.__stderr__
print(captured.getvalue().replace(__file__, "<file>"), end="")
print("----")
print("registry keys:", sorted(k for k in globals()["__warningregistry__"] if k != "version"))
print("default filters:", [(a, m, c.__name__, mod, ln) for a, m, c, mod, ln in warnings.filters[-5:]])
with warnings.catch_warnings(action="error", category=RuntimeWarning):
    try:
        warnings.warn("boom", RuntimeWarning)
    except RuntimeWarning as e:
        print("action=error:", e)
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter("always")
        warnings.warn("inner", UserWarning)
    print("nested record:", [str(w.message) for w in log])
print("filters restored:", warnings.filters[0][0], len(warnings.filters))
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    warnings.warn("x")
    warnings.warn("x", stacklevel=1)
    warnings.warn(UserWarning("x"))
print("once across calls:", len(log))
w = warnings.WarningMessage("m", UserWarning, "f.py", 3)
print(str(w))
print(repr(warnings.formatwarning(Warning("obj"), Warning, "g.py", 5, "  code()  ")))
for bad in (lambda: warnings.simplefilter("sometimes"),
            lambda: warnings.filterwarnings("ignore", lineno=-1),
            lambda: warnings.filterwarnings("ignore", lineno="3"),
            lambda: warnings.filterwarnings("ignore", category=int),
            lambda: warnings.filterwarnings("ignore", message=None)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
