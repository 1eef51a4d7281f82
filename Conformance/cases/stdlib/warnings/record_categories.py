# description: catch_warnings(record=True) captures WarningMessage objects with message, category, filename and lineno for each category
# features: [warnings]
# expect: output

import os
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("plain")
    warnings.warn("old api", DeprecationWarning)
    warnings.warn("soon", PendingDeprecationWarning)
    warnings.warn("bytes/str", BytesWarning)
    warnings.warn(RuntimeWarning("instance given"))
    warnings.warn("future", category=FutureWarning)
for w in caught:
    print(f"{w.category.__name__}: {w.message!s} | {type(w.message).__name__} | {os.path.basename(w.filename)}:{w.lineno}")
print("count:", len(caught))
w = caught[0]
print("attrs:", w.line, w.source, w.file)
print("str(WarningMessage) mentions category:", "UserWarning" in str(w))
print("hierarchy:", [c.__name__ for c in DeprecationWarning.__mro__])
try:
    warnings.warn("x", int)
except TypeError as e:
    print("TypeError:", e)
class MyWarning(UserWarning):
    pass
with warnings.catch_warnings(record=True) as c2:
    warnings.simplefilter("always")
    warnings.warn("custom", MyWarning)
print("custom category:", c2[0].category.__name__, issubclass(c2[0].category, UserWarning))
with warnings.catch_warnings(record=True) as c3:
    pass
print("nothing warned:", c3)
