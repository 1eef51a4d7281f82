# description: data descriptors beat instance __dict__, which beats non-data descriptors and class attributes
# features: [descriptors, classes]
# expect: output

log = []

class DataDesc:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        log.append(("get", self.name, obj is None, objtype.__name__))
        if obj is None:
            return self
        return f"data {self.name}"
    def __set__(self, obj, value):
        log.append(("set", self.name, value))
        obj.__dict__[self.name] = value

class NonDataDesc:
    def __get__(self, obj, objtype=None):
        return "non-data"

class GetOnlyWithDelete:
    def __get__(self, obj, objtype=None):
        return "has delete"
    def __delete__(self, obj):
        log.append("delete called")

class C:
    d = DataDesc()
    n = NonDataDesc()
    gd = GetOnlyWithDelete()
    plain = "class plain"

c = C()
c.__dict__.update(d="inst d", n="inst n", gd="inst gd", plain="inst plain")
print("data wins:", c.d)
print("instance dict beats non-data:", c.n)
print("__delete__ makes it a data descriptor:", c.gd)
print("plain:", c.plain)

c.d = 5
print("set log:", log[-1])
print("class access:", type(C.d).__name__, log[-1])
del c.gd
print(log[-1])
try:
    c.gd = 1
except AttributeError:
    print("assigning through a descriptor without __set__: AttributeError")

# descriptors only work as class attributes
c.__dict__["n2"] = NonDataDesc()
print("descriptor in instance dict is plain:", type(c.n2).__name__)

# descriptor on the metaclass vs class dict
class Meta(type):
    m = DataDesc()
    m.name = "m"
class WithMeta(metaclass=Meta):
    m = "class attr m"
log.clear()
print("metaclass data descriptor wins on class access:", WithMeta.m)
print("instance access uses class dict:", WithMeta().m)

# __get__ called with (None, cls) for class access
class Show:
    def __get__(self, obj, objtype):
        return (obj, objtype.__name__)
class S:
    s = Show()
print("class access args:", S.s, "instance:", S().s[1])

# __set__ without __get__: reading returns the descriptor itself unless instance dict has it
class SetOnly:
    def __set__(self, obj, value):
        obj.__dict__["so"] = value * 2
class T:
    so = SetOnly()
t = T()
print("set-only before set:", type(t.so).__name__)
t.so = 4
print("set-only after set: ", t.so)
