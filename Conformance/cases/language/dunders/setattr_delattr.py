# description: __setattr__ and __delattr__ intercept assignment and deletion, including from __init__ and augmented assignment
# features: [classes, descriptors]
# expect: output

class Validated:
    def __init__(self):
        self.a = 1
        self.b = 2
    def __setattr__(self, name, value):
        if not isinstance(value, int):
            raise TypeError(f"{name} must be int")
        print(f"  set {name} = {value}")
        super().__setattr__(name, value)
    def __delattr__(self, name):
        if name == "a":
            raise AttributeError("a is protected")
        print(f"  del {name}")
        super().__delattr__(name)

print("construct:")
v = Validated()
print("augmented:")
v.b += 5
try:
    v.c = "str"
except TypeError as e:
    print("TypeError:", e)
del v.b
try:
    del v.a
except AttributeError as e:
    print("AttributeError:", e)
print("state:", sorted(vars(v).items()))

# __setattr__ bypasses descriptors unless delegated to object.__setattr__
class WithProp:
    @property
    def p(self): return "prop"
    def __setattr__(self, name, value):
        self.__dict__[name] = value
w = WithProp()
w.p = "stored in dict"
print("property still wins on read:", w.p, w.__dict__)

# object.__setattr__ respects read-only properties
class RO:
    @property
    def p(self): return 1
try:
    object.__setattr__(RO(), "p", 2)
except AttributeError:
    print("object.__setattr__ on read-only property: AttributeError")

# frozen pattern
class Frozen:
    __slots__ = ("x",)
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name}")
fz = Frozen(3)
for action in ("set", "del"):
    try:
        if action == "set":
            fz.x = 4
        else:
            del fz.x
    except (AttributeError, TypeError) as e:
        print(action, type(e).__name__)
print("frozen x:", fz.x)

# deleting a missing attribute
class Plain: pass
try:
    del Plain().nothing
except AttributeError as e:
    print("AttributeError:", e)

# setattr on builtin instances without a __dict__
for obj in (1, "s", [], object()):
    try:
        obj.attr = 1
    except AttributeError:
        print(type(obj).__name__, "instance: AttributeError")

# setattr on a class goes to the metaclass __setattr__
class Meta(type):
    def __setattr__(cls, name, value):
        print(f"  Meta.__setattr__ {name}")
        super().__setattr__(name, value)
class K(metaclass=Meta): pass
K.x = 1
print("class attr:", K.x)
