# description: __slots__ restrictions and inheritance, __class__ assignment compatibility rules
# features: [builtins, classes]
# min-version: 3.13
# expect: output

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

class Pt:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = Pt(1)
show("slot read", lambda: p.x)
show("unset slot", lambda: p.y)
show("non-slot attr", lambda: setattr(p, "z", 3))
show("no __dict__", lambda: hasattr(p, "__dict__"))
show("slot descriptor type", lambda: type(Pt.x).__name__)
del p.x
show("deleted slot", lambda: p.x)
class Pt3(Pt):
    pass
q = Pt3(5)
q.z = 7
show("subclass without slots has dict", lambda: (q.z, q.__dict__))
class Pt4(Pt):
    __slots__ = ("w",)
r = Pt4(2)
r.w = 3
show("subclass slots", lambda: (r.x, r.w, hasattr(r, "__dict__")))
show("slots conflict with class var", lambda: type("Bad", (), {"__slots__": ("a",), "a": 1}))
show("nonempty slots on int subclass", lambda: type("I", (int,), {"__slots__": ("a",)}))
class WithDictSlot:
    __slots__ = ("a", "__dict__")
wd = WithDictSlot()
wd.b = 1
show("__dict__ in slots", lambda: wd.__dict__)
class A:
    def who(self):
        return "A"
class B:
    def who(self):
        return "B"
a = A()
a.__class__ = B
show("__class__ assign", lambda: (a.who(), type(a).__name__, isinstance(a, B)))
show("assign to builtin instance", lambda: setattr(1, "__class__", bool))
show("assign non-class", lambda: setattr(a, "__class__", 5))
show("assign incompatible layout", lambda: setattr(a, "__class__", Pt))
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("a",)
s = S1()
s.__class__ = S2
show("same slots compatible", lambda: type(s).__name__)
show("__slots__ str", lambda: type("One", (), {"__slots__": "only"})().__class__.__slots__)
