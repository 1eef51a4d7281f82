# description: C3 linearization of diamond and complex hierarchies, and the inconsistent MRO error
# features: [classes, inheritance]
# min-version: 3.13
# expect: output

def names(cls):
    return " ".join(c.__name__ for c in cls.__mro__)

class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print("Z:", names(Z))

# diamond
class Base:
    def hello(self): return ["Base"]
class Left(Base):
    def hello(self): return ["Left"] + super().hello()
class Right(Base):
    def hello(self): return ["Right"] + super().hello()
class Bottom(Left, Right):
    def hello(self): return ["Bottom"] + super().hello()
print("diamond:", names(Bottom))
print("cooperative super:", Bottom().hello())
print("mro():", [c.__name__ for c in Bottom.mro()])

# inconsistent ordering
class X: pass
class Y: pass
class XY(X, Y): pass
class YX(Y, X): pass
try:
    class Bad(XY, YX): pass
except TypeError as e:
    print("TypeError:", e)

# base listed before its subclass
try:
    class Bad2(Base, Left): pass
except TypeError as e:
    print("TypeError:", e)

# duplicate base
try:
    class Bad3(X, X): pass
except TypeError as e:
    print("TypeError:", e)

# subclass before base is fine
class Fine(Left, Base): pass
print("fine:", names(Fine))

# a metaclass can override mro()
class ReverseMeta(type):
    def mro(cls):
        return [cls] + list(reversed(type.mro(cls)[1:-1])) + [object]
class P: 
    v = "P"
class Q:
    v = "Q"
class R(P, Q, metaclass=ReverseMeta): pass
print("custom mro:", names(R), R.v)
