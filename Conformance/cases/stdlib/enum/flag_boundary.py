# description: Flag boundary STRICT, CONFORM, EJECT and KEEP control how out-of-range values are handled (3.11+)
# features: [enum]
# min-version: 3.12
# expect: output

from enum import Flag, IntFlag, STRICT, CONFORM, EJECT, KEEP

class S(Flag, boundary=STRICT):
    A = 1
    B = 2
class C(Flag, boundary=CONFORM):
    A = 1
    B = 2
class E(Flag, boundary=EJECT):
    A = 1
    B = 2
class K(Flag, boundary=KEEP):
    A = 1
    B = 2
try:
    S(7)
except ValueError as e:
    print("STRICT ValueError:", e)
print("CONFORM:", repr(C(7)))
print("EJECT:", repr(E(7)), type(E(7)).__name__, repr(E(3)))
print("KEEP:", repr(K(7)), K(7).value)
class I(IntFlag):
    A = 1
print("IntFlag keeps extra bits:", repr(I(9)), int(I(9)))
