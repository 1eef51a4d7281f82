# description: bound methods: __self__/__func__, equality, binding of builtin methods, unbound access via class
# features: [builtins, classes, functions]
# min-version: 3.13
# expect: output
class C:
    def m(self, x):
        return ("m", x)
    def __eq__(self, other):
        return isinstance(other, C)
    __hash__ = object.__hash__
a, b = C(), C()
bm = a.m
print("call:", bm(1), C.m(a, 2))
print("__self__/__func__:", bm.__self__ is a, bm.__func__ is C.m, bm.__name__, bm.__qualname__)
print("new bound method each access:", a.m is not a.m, a.m == a.m)
print("bound to different equal objects:", a.m == b.m)
print("type name:", type(bm).__name__)
lst = [3, 1]
app = lst.append
app(2)
print("builtin bound method:", lst, app.__self__ is lst, app.__name__, type(app).__name__)
print("unbound builtin via type:", list.append.__name__, str.upper("abc"), type(str.upper).__name__)
try:
    str.upper(5)
except TypeError as e:
    print("wrong self type ! TypeError:", e)
try:
    C.m(a)
except TypeError as e:
    print("missing arg ! TypeError:", e)
try:
    bm.new_attr = 1
except AttributeError as e:
    print("set attr on bound method ! AttributeError:", e)
C.m.tag = "on function"
print("attr via bound method:", a.m.tag)
import sys
print("builtin function __self__ is module:", len.__self__.__name__, sys.exit.__self__ is sys)
class WithStatic:
    f = len
print("builtin function stored on class is not bound:", WithStatic().f([1, 2, 3]))
def plain(self):
    return "plain " + type(self).__name__
WithStatic.g = plain
print("function assigned later binds:", WithStatic().g())
inst = WithStatic()
inst.h = plain
try:
    inst.h()
except TypeError as e:
    print("function on instance does not bind ! TypeError:", e)
