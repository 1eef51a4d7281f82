# description: NotImplemented drives binary-operator fallback to reflected methods and final TypeError messages
# features: [builtins, operators, classes]
# expect: output
log = []
class A:
    def __add__(self, other):
        log.append("A.__add__")
        return NotImplemented
    def __eq__(self, other):
        log.append("A.__eq__")
        return NotImplemented
    def __lt__(self, other):
        log.append("A.__lt__")
        return NotImplemented
class B:
    def __radd__(self, other):
        log.append("B.__radd__")
        return "B handled"
    def __eq__(self, other):
        log.append("B.__eq__")
        return NotImplemented
    def __gt__(self, other):
        log.append("B.__gt__")
        return "B.gt result"
print("A()+B():", A() + B(), log)
log.clear()
try:
    A() + A()
except TypeError as e:
    print("A()+A() ! TypeError:", e, log)
log.clear()
print("A()==B():", A() == B(), log)
log.clear()
a = A()
print("a==a falls back to identity:", a == a, a != a, log)
log.clear()
print("A()<B() uses reflected __gt__:", A() < B(), log)
log.clear()
try:
    A() < A()
except TypeError as e:
    print("A()<A() ! TypeError:", e, log)
class Base:
    def __add__(self, other):
        return "Base.__add__"
    def __radd__(self, other):
        return "Base.__radd__"
class Sub(Base):
    def __radd__(self, other):
        return "Sub.__radd__"
print("subclass reflected first:", Base() + Sub(), Sub() + Base())
print("repr:", repr(NotImplemented), type(NotImplemented).__name__)
print("int returns NotImplemented:", (1).__add__("x"), (1).__eq__("1"), (1.5).__lt__("s"))
class M:
    def __iadd__(self, other):
        return NotImplemented
    def __add__(self, other):
        return "fell back to __add__"
m = M()
m += 1
print("__iadd__ NotImplemented falls back:", m)
