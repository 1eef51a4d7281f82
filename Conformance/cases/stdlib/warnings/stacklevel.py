# description: stacklevel selects which caller frame a warning is attributed to (filename and line), and module filters match __name__
# features: [warnings]
# min-version: 3.13
# expect: output

import os
import warnings

def deprecated_api():
    warnings.warn("deprecated_api is deprecated", DeprecationWarning, stacklevel=2)

def inner_default():
    warnings.warn("level 1")

def wrapper():
    deep()

def deep():
    warnings.warn("level 3", stacklevel=3)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    deprecated_api()
    inner_default()
    wrapper()
    warnings.warn("too deep", stacklevel=50)
for x in w:
    print(f"{x.message}: {os.path.basename(x.filename)} line {x.lineno}")

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", module="__main__")
    warnings.warn("from main")
    print("module filter on __main__:", len(w))
