# description: complex repr/str for signed zeros, inf/nan parts, integral parts; real/imag/conjugate
# features: [builtins, complex]
# expect: output
inf, nan = float("inf"), float("nan")
for z in [complex(1, 2), 1j, -1j, complex(0, 0), complex(-0.0, 0), complex(0, -0.0), complex(-0.0, -0.0),
          complex(1.5, -2.25), complex(1e16, 1e-5), complex(inf, nan), complex(-inf, -inf), complex(nan, 0),
          complex(0, inf), complex(3), complex(), 2 + 0j, -2 - 0j, 0.1j + 0.2, complex(1e300, 1e300) * 1e10]:
    print(repr(z), str(z))
z = complex(3, -4)
print("real/imag types:", z.real, z.imag, type(z.real).__name__)
print("conjugate:", z.conjugate(), (1j).conjugate(), complex(0, -0.0).conjugate())
print("abs:", abs(z), abs(complex(inf, nan)), abs(complex(nan, inf)))
print("int conjugate is int:", (5).conjugate(), type((5).conjugate()).__name__)
try:
    z.real = 1
except AttributeError as e:
    print("set real ! AttributeError:", e)
print("eq with real:", complex(2, 0) == 2, complex(2, 0) == 2.0, complex(2, 1) == 2, 1j == 1j)
print("hash eq:", hash(complex(2, 0)) == hash(2), hash(complex(0.5, 0)) == hash(0.5))
try:
    complex(1, 2) < complex(2, 3)
except TypeError as e:
    print("order ! TypeError:", e)
try:
    1j > 0
except TypeError as e:
    print("order with int ! TypeError:", e)
print("bool:", bool(0j), bool(complex(0, -0.0)), bool(1e-300j))
print("in container:", 1 in [1 + 0j], 2j in {2j: "x"})
class C(complex):
    pass
c = C(1, 2)
print("subclass:", type(c).__name__, repr(c), type(c + 1).__name__)
