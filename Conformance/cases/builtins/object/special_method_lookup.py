# description: implicit special-method calls look up the type, not the instance; explicit calls use normal lookup
# features: [builtins, classes]
# expect: output
class C:
    def __len__(self):
        return 1
    def __repr__(self):
        return "class repr"
c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: "instance repr"
print("len() uses type:", len(c), "explicit call uses instance:", c.__len__())
print("repr() uses type:", repr(c), "| explicit:", c.__repr__())
class Meta(type):
    def __len__(cls):
        return 42
    def __getitem__(cls, item):
        return ("meta getitem", item)
class WithMeta(metaclass=Meta):
    def __len__(self):
        return 7
print("len(class) uses metaclass:", len(WithMeta), "len(instance):", len(WithMeta()))
print("class subscription via metaclass:", WithMeta["k"])
class Generic:
    def __class_getitem__(cls, item):
        return ("class_getitem", cls.__name__, item)
print("__class_getitem__:", Generic[int])
class GetattrOnly:
    def __getattr__(self, name):
        if name == "__len__":
            return lambda: 5
        raise AttributeError(name)
g = GetattrOnly()
try:
    len(g)
except TypeError as e:
    print("__getattr__ not consulted for len ! TypeError:", e)
print("but explicit attribute works:", g.__len__())
class AddOnInstance:
    pass
a = AddOnInstance()
a.__add__ = lambda other: "instance add"
try:
    a + 1
except TypeError as e:
    print("operator ignores instance dunder ! TypeError:", e)
class Dyn:
    pass
Dyn.__add__ = lambda self, other: "added to class later"
print("dunder added to class later works:", Dyn() + 1)
class Iter:
    __iter__ = None
try:
    iter(Iter())
except TypeError as e:
    print("__iter__ = None blocks iteration ! TypeError:", e)
class HashNone:
    __hash__ = None
print("__hash__ None means unhashable:", HashNone.__hash__ is None, end=" ")
try:
    hash(HashNone())
except TypeError as e:
    print("| TypeError:", e)
