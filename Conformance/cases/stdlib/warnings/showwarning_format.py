# description: formatwarning produces 'file:line: Category: message' with the source line, and a replaced showwarning receives every field
# features: [warnings]
# expect: output

import os
import warnings

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep
text = warnings.formatwarning("custom message", UserWarning, __file__, 3, line="source line here")
print(repr(text.replace(HERE, "")))
text = warnings.formatwarning("msg", RuntimeWarning, "somefile.py", 12)
print(repr(text))
old = warnings.showwarning
def show(message, category, filename, lineno, file=None, line=None):
    print("showwarning:", category.__name__, str(message), os.path.basename(filename), lineno, line)
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = show
    warnings.warn("routed to stdout")
    warnings.warn_explicit("explicit", SyntaxWarning, "virtual.py", 99)
print("restored:", warnings.showwarning is old)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn_explicit("explicit registry", UserWarning, "fake.py", 7, module="fake", registry={})
print("warn_explicit:", w[0].filename, w[0].lineno, str(w[0].message))
import io
buf = io.StringIO()
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = lambda *a, **k: None
    warnings.showwarning = old
    old("to file", UserWarning, "f.py", 1, file=buf, line="")
print("default showwarning to file:", repr(buf.getvalue()))
