# description: functions bind through __get__: bound methods, methods on classes, builtin methods and manual binding
# features: [functions, descriptors, classes]
# expect: output

class C:
    def m(self, x):
        return (type(self).__name__, x)

c = C()
bound = C.__dict__["m"].__get__(c, C)
print("manual __get__:", bound(1), type(bound).__name__)
print("class access returns function:", C.__dict__["m"].__get__(None, C) is C.m)
print("binding any object:", C.m.__get__(5)(2))

# bound methods compare by self identity and function
print("bound equality:", c.m == c.m, c.m is c.m, c.m == C().m, hash(c.m) == hash(c.m))

# a function assigned to a class later becomes a method
def later(self):
    return "later " + type(self).__name__
C.later = later
print("added to class:", c.later())
c.inst_fn = later
try:
    c.inst_fn()
except TypeError as e:
    print("instance attribute not bound:", e)

# builtin methods are bound too
append = [].append
print("builtin bound method:", type(append).__name__, append.__self__, append.__name__)
lst = []
list.append(lst, 1)
print("unbound builtin via class:", lst, type(list.append).__name__)
print("str method via class:", str.upper("abc"), type(str.upper).__name__)

# methods of builtin types reject wrong self
try:
    list.append("not a list", 1)
except TypeError as e:
    print("TypeError:", e)

# callable objects stored on a class are not bound unless they define __get__
class Callable:
    def __call__(self, *args):
        return args
class Holder:
    plain = Callable()
    fn = lambda *args: args
h = Holder()
print("callable object:", h.plain(1), "function:", h.fn(1)[1:], h.fn(1)[0] is h)

# __func__ and __self__ of bound methods; rebinding through types.MethodType-like call
print("parts:", c.m.__func__ is C.m, c.m.__self__ is c)
rebound = type(c.m)(C.m, "other self")
print("method type constructor:", rebound(3))

# classmethod binds to the class even when accessed via an instance
class K:
    @classmethod
    def make(cls): return cls.__name__
class Sub(K): pass
print("classmethod binding:", K.make(), Sub().make(), K.__dict__["make"].__get__(None, Sub)())
