# description: __debug__ is true without -O, and __name__ is "__main__" for the running script
# features: [syntax, builtins]
# expect: output

print("__debug__:", __debug__, type(__debug__).__name__)
print("__name__:", __name__)
if __name__ == "__main__":
    print("running as main")
else:
    print("imported")

import sys
main = sys.modules["__main__"]
print("sys.modules['__main__'] is this module:", main.__dict__ is globals())
print("__builtins__ available:", "len" in dir(__builtins__) if not isinstance(__builtins__, dict) else "len" in __builtins__)
print("module-level names:", sorted(n for n in ("__name__", "__doc__", "__spec__", "__loader__", "__builtins__") if n in globals()))
print("__doc__ is None without docstring:", __doc__ is None)
print("__file__ ends with script name:", __file__.endswith("debug_and_main.py"))

# __debug__ in conditional code
if __debug__:
    print("debug branch taken")

# functions see the module's __name__
def where():
    return __name__
print("function module:", where(), where.__module__)

class K: pass
print("class module:", K.__module__, K.__qualname__)
