# description: functools.wraps / update_wrapper copy name, qualname, doc, module, annotations, merge __dict__ and set __wrapped__
# features: [functools, decorators]
# expect: output

import functools

def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper

class Box:
    @deco
    def method(self, x: int) -> str:
        "Method doc."
        return str(x)

def original(a: int, b: str = "x") -> bool:
    """Original doc."""
    return True
original.custom = "attr"
w = deco(original)
print("name:", w.__name__)
print("qualname:", w.__qualname__)
print("doc:", w.__doc__)
print("module:", w.__module__)
print("annotations:", w.__annotations__)
print("dict merged:", w.custom)
print("wrapped is original:", w.__wrapped__ is original)
print("method qualname:", Box.method.__qualname__)
print("method call:", Box().method(5))

def other(): pass
other.__dict__["existing"] = 1
def src(): "src doc"
src.existing = 2
src.added = 3
functools.update_wrapper(other, src, assigned=("__doc__",), updated=())
print("assigned only doc:", other.__name__, other.__doc__)
print("no dict update:", other.existing, hasattr(other, "added"))
print("__wrapped__ set anyway:", other.__wrapped__ is src)

class NoName:
    def __call__(self):
        pass
def target(): pass
r = functools.update_wrapper(target, NoName())
print("missing attrs skipped:", r.__name__)

def twice(fn):
    return deco(deco(fn))
t = twice(original)
print("double wrap unwrapped:", t.__wrapped__.__wrapped__ is original)
import inspect
print("inspect.unwrap:", inspect.unwrap(t) is original)
print("updated defaults:", functools.WRAPPER_UPDATES)
