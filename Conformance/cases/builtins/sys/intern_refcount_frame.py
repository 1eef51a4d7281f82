# description: sys.intern identity, sys.getrefcount relationships, sys._getframe code names and line numbers
# features: [builtins, sys]
# flags: [cpython-impl-detail]
# expect: output
import sys
a = sys.intern("".join(["hello", "_", "world"]))
b = sys.intern("hello_" + "".join(["world"]))
print("interned identical:", a is b, a == "hello_world")
try:
    sys.intern(b"bytes")
except TypeError as e:
    print("intern bytes ! TypeError:", e)
class S(str):
    pass
try:
    sys.intern(S("x"))
except TypeError as e:
    print("intern subclass ! TypeError:", e)
obj = object()
base = sys.getrefcount(obj)
holders = [obj, obj, obj]
print("getrefcount int > 0:", isinstance(base, int), base > 0)
print("refcount grows with references:", sys.getrefcount(obj) > base)
del holders
print("refcount back after del:", sys.getrefcount(obj) == base)
def outer_function():
    return inner_function()
def inner_function():
    f = sys._getframe()
    return f.f_code.co_name, f.f_back.f_code.co_name, sys._getframe(1).f_code.co_name
print("_getframe names:", outer_function())
print("module frame name:", sys._getframe().f_code.co_name)
try:
    sys._getframe(10**6)
except ValueError as e:
    print("too deep ! ValueError:", e)
def lineno():
    return sys._getframe(1).f_lineno
here = lineno()
print("f_lineno is int:", isinstance(here, int), here > 30)
print("f_globals is globals:", sys._getframe().f_globals is globals())
