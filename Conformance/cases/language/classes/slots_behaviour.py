# description: __slots__ restricts attributes, removes __dict__, works with inheritance and descriptors
# features: [classes, descriptors]
# expect: output

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print("values:", p.x, p.y)
print("has __dict__:", hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError:
    print("new attribute on slotted instance: AttributeError")

# unset slot raises AttributeError
class Lazy:
    __slots__ = ["value"]
lz = Lazy()
try:
    lz.value
except AttributeError as e:
    print("AttributeError:", e)
lz.value = 1
del lz.value
print("after del:", hasattr(lz, "value"))

# slots are data descriptors on the class
print("member descriptor:", type(Point.__dict__["x"]).__name__)

# class attribute conflicting with a slot name
try:
    class Conflict:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError:", e)

# subclass without __slots__ gets a __dict__
class Child(Point):
    pass
c = Child(1, 2)
c.extra = "ok"
print("child dict:", c.__dict__)

# subclass with its own slots extends them
class Point3(Point):
    __slots__ = ("z",)
p3 = Point3(1, 2)
p3.z = 3
print("point3:", p3.x, p3.y, p3.z, hasattr(p3, "__dict__"))

# __dict__ in slots allows dynamic attributes
class Flexible:
    __slots__ = ("a", "__dict__")
f = Flexible()
f.a = 1
f.b = 2
print("flexible:", f.a, f.__dict__)

# a single string is one slot name
class Single:
    __slots__ = "only"
s = Single()
s.only = "yes"
print("single:", s.only, Single.__slots__)

# without '__weakref__' in __slots__ there is no __weakref__ attribute
print("weakref slot absent:", hasattr(p, "__weakref__"))

# slotted class instances compare by identity by default and __slots__ is kept
print("slots attr:", Point.__slots__, Point3.__slots__)
