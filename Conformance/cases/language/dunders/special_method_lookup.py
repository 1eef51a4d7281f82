# description: implicit special method lookups use the type, ignoring instance attributes and __getattr__
# features: [classes, operators]
# expect: output

class C:
    def __len__(self): return 1
    def __str__(self): return "class __str__"
    def __add__(self, other): return "class __add__"

c = C()
c.__len__ = lambda: 99
c.__str__ = lambda: "instance __str__"
c.__add__ = lambda other: "instance __add__"
print("len():", len(c), "explicit:", c.__len__())
print("str():", str(c), "explicit:", c.__str__())
print("+:", c + 1, "explicit:", c.__add__(1))

class Dynamic:
    def __getattr__(self, name):
        return lambda *a: f"__getattr__ provided {name}"
dyn = Dynamic()
print("explicit call via __getattr__:", dyn.__len__())
try:
    len(dyn)
except TypeError as e:
    print("implicit len ignores __getattr__:", e)
try:
    dyn + 1
except TypeError as e:
    print("implicit + ignores __getattr__:", e)

# modifying the class affects existing instances immediately
class Late:
    pass
obj = Late()
try:
    iter(obj)
except TypeError as e:
    print("before:", e)
Late.__iter__ = lambda self: iter([1, 2])
print("after adding to class:", list(obj))
Late.__len__ = lambda self: 5
print("len after adding:", len(obj))
del Late.__len__
try:
    len(obj)
except TypeError as e:
    print("after deleting:", e)

# special methods on the metaclass apply to the class object
class Meta(type):
    def __len__(cls): return 42
    def __getitem__(cls, key): return f"Meta[{key}]"
    def __repr__(cls): return f"<class via Meta {cls.__name__}>"
class WithMeta(metaclass=Meta):
    def __len__(self): return 7
print("class len:", len(WithMeta), "instance len:", len(WithMeta()))
print("class subscription via metaclass:", WithMeta["k"])
print("class repr via metaclass:", repr(WithMeta))

# __class__ property does not change implicit lookup target
class Liar:
    @property
    def __class__(self):
        return int
l = Liar()
print("isinstance sees __class__:", isinstance(l, int), "type() does not:", type(l).__name__)
