# description: warnings.deprecated (3.13) marks functions and classes, warns on call or instantiation, and sets __deprecated__
# features: [warnings, decorators]
# min-version: 3.13
# expect: output

import os
import warnings
from warnings import deprecated

@deprecated("use new_api instead")
def old_api(x):
    return x * 2

@deprecated("Legacy is going away", category=PendingDeprecationWarning)
class Legacy:
    def __init__(self, v):
        self.v = v

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print("result:", old_api(4))
    print("instance:", Legacy(3).v)
for x in w:
    print(f"{x.category.__name__}: {x.message} @ {os.path.basename(x.filename)}:{x.lineno}")
print("__deprecated__:", old_api.__deprecated__, Legacy.__deprecated__)
print("wrapped name:", old_api.__name__)
@deprecated("silent", category=None)
def silent():
    return "no warning"
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    silent()
print("category=None warns:", len(w))
try:
    deprecated(42)
except TypeError as e:
    print("TypeError:", e)
