# description: zero-argument super() in methods, classmethods, nested functions and the __class__ cell
# features: [classes, inheritance, closures]
# expect: output

class A:
    def who(self):
        return ["A"]
    @classmethod
    def cwho(cls):
        return [f"A.cwho({cls.__name__})"]
    @staticmethod
    def swho():
        return ["A.swho"]

class B(A):
    def who(self):
        return ["B"] + super().who()
    @classmethod
    def cwho(cls):
        return ["B"] + super().cwho()
    def nested(self):
        def inner():
            return super(B, self).who()
        return inner()
    def lambda_super(self):
        f = lambda: super(B, self).who()
        return f()

class C(B):
    def who(self):
        return ["C"] + super().who()

print("chain:", C().who())
print("classmethod chain:", C.cwho())
print("nested with explicit args:", C().nested())
print("lambda:", C().lambda_super())

# __class__ cell refers to the defining class, not type(self)
class P:
    def cls(self):
        return __class__.__name__
class Q(P): pass
print("__class__:", Q().cls())

# super() in a function without arguments outside a class
def lonely():
    return super()
try:
    lonely()
except RuntimeError as e:
    print("RuntimeError:", e)

# super object attributes
class R(A):
    def get(self):
        return super()
r = R()
s = r.get()
print("super attrs:", s.__thisclass__.__name__, s.__self__ is r, s.__self_class__.__name__)

# two-argument super with a class
print("super(B, C()):", super(B, C()).who())
print("super(C, C) classmethod:", super(C, C).cwho())

# super() skips to the next class in the MRO of type(self), not the base of the defining class
class X:
    def go(self): return ["X"]
class Y(X):
    def go(self): return ["Y"] + super().go()
class Z(X):
    def go(self): return ["Z"] + super().go()
class YZ(Y, Z):
    def go(self): return ["YZ"] + super().go()
print("cooperative:", YZ().go())

# super().__init__ and attributes via super
class Base:
    def __init__(self, v):
        self.v = v
class Derived(Base):
    def __init__(self):
        super().__init__("from Derived")
print("init via super:", Derived().v)

# super lookups go through descriptors (property)
class PB:
    @property
    def p(self): return "PB.p"
class PD(PB):
    @property
    def p(self): return "PD+" + super().p
print("property via super:", PD().p)
