# description: C3 MRO for diamonds, __mro__/mro(), __bases__, __subclasses__ (sorted), and __base__
# features: [builtins, classes, inheritance]
# min-version: 3.13
# expect: output
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
class E(C, B): pass
names = lambda cls: [k.__name__ for k in cls.__mro__]
print("D mro:", names(D))
print("E mro:", names(E))
print("mro() method:", [k.__name__ for k in D.mro()] == names(D))
print("bases:", [b.__name__ for b in D.__bases__], D.__base__.__name__)
print("A subclasses:", sorted(c.__name__ for c in A.__subclasses__()))
print("B subclasses:", sorted(c.__name__ for c in B.__subclasses__()))
print("D subclasses:", D.__subclasses__())
try:
    class F(D, E):
        pass
except TypeError as e:
    print("inconsistent ! TypeError:", e)
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class V(Z, W):
        pass
except TypeError as e:
    print("order conflict ! TypeError:", e)
try:
    class Dup(A, A):
        pass
except TypeError as e:
    print("duplicate base ! TypeError:", e)
class K1: pass
class K2: pass
class K3: pass
class K4(K1, K2): pass
class K5(K2, K3): pass
class K6(K4, K5): pass
print("K6 mro:", names(K6))
print("bool mro:", names(bool))
print("int subclasses include bool:", bool in int.__subclasses__())
print("object in every mro:", all(k.__mro__[-1] is object for k in (A, D, K6, int, type)))
class Q(A): pass
class R(Q): pass
Q.__bases__ = (X,)
print("after reassigning Q.__bases__:", names(Q), names(R), sorted(c.__name__ for c in A.__subclasses__()))
