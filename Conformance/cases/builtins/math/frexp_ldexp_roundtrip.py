# description: frexp/ldexp round trip, modf recombination and copysign invariants over many floats incl. subnormals
# features: [builtins, math, float]
# expect: output
import math
values = [0.0, -0.0, 1.0, -1.5, 3.14159, 1e-310, -5e-324, 2.2250738585072014e-308, 1e308, 123456789.125, 2.0**-1000]
values += [i * 0.37 - 50 for i in range(300)]
ok_frexp = all(math.ldexp(*math.frexp(x)) == x and (x == 0 or 0.5 <= abs(math.frexp(x)[0]) < 1) for x in values)
ok_modf = all(sum(math.modf(x)) == x or (x != x) for x in values)
ok_sign = all(math.copysign(1.0, x) == math.copysign(1.0, math.modf(x)[1]) for x in values)
print("frexp/ldexp round trip:", ok_frexp)
print("modf parts sum back:", ok_modf)
print("modf keeps sign:", ok_sign)
print("frexp exponents:", [math.frexp(x)[1] for x in (1.0, 2.0, 0.75, 1e-310, 1e308, 5e-324)])
print("frexp of specials:", math.frexp(math.inf), math.frexp(-math.inf), math.frexp(math.nan))
print("ldexp rounding into subnormals:", math.ldexp(1.5, -1074), math.ldexp(1.5, -1073), math.ldexp(3.0, -1076))
print("ldexp huge exponents:", math.ldexp(0.0, 10**6), math.ldexp(1.0, -10**6))
try:
    math.ldexp(1.0, 10**6)
except OverflowError as e:
    print("ldexp overflow ! OverflowError:", e)
try:
    math.ldexp(1.0, 1.5)
except TypeError as e:
    print("ldexp float exponent ! TypeError:", e)
