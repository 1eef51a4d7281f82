# description: passing count positionally to re.sub is deprecated in 3.13 and emits DeprecationWarning while still working
# features: [re, warnings]
# min-version: 3.13
# expect: output

import re, warnings

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    r = re.sub("a", "b", "aaa", 1)
print("result:", r)
print("warning:", w[0].category.__name__, "-", w[0].message)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    parts = re.split(",", "a,b,c", 1)
print("split:", parts, w[0].category.__name__)
