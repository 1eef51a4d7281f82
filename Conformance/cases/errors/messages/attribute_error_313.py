# description: CPython 3.13 AttributeError texts for instances without __dict__ and for module attributes
# features: [exceptions, classes]
# min-version: 3.13
# expect: output

class Slotted:
    __slots__ = ("a",)
def set_new():
    Slotted().b = 1
for fn in [set_new, lambda: setattr(1, "x", 1), lambda: setattr(object(), "y", 1), lambda: setattr("s", "z", 1)]:
    try:
        fn()
    except AttributeError as e:
        print("AttributeError:", e)

import sys
try:
    sys.nope
except AttributeError as e:
    print("AttributeError:", e)

# module with a __getattr__ hook
mod = type(sys)("hooked")
def module_getattr(name):
    if name == "dynamic":
        return "from module __getattr__"
    raise AttributeError(f"module {mod.__name__!r} has no attribute {name!r}")
mod.__getattr__ = module_getattr
print(mod.dynamic)
try:
    mod.other
except AttributeError as e:
    print("AttributeError:", e)
