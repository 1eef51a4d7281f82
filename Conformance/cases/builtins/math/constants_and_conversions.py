# description: math functions accept ints beyond float range where documented (log, floor of int) and reject others
# features: [builtins, math, int]
# expect: output
import math

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

big = 10**400
show("log(big)", lambda: math.log(big))
show("log2(2**5000)", lambda: math.log2(2**5000))
show("log10(big)", lambda: math.log10(big))
show("log(big, 10)", lambda: math.log(big, 10))
show("floor(big) is identity", lambda: math.floor(big) == big)
show("ceil(-big)", lambda: math.ceil(-big) == -big)
show("trunc(big)", lambda: math.trunc(big) == big)
show("sqrt(big)", lambda: math.sqrt(big))
show("exp(big)", lambda: math.exp(big))
show("sin(big)", lambda: math.sin(big))
show("fabs(-big)", lambda: math.fabs(-big))
show("isqrt(big)", lambda: math.isqrt(big) == 10**200)
show("gcd(big, big*3)", lambda: math.gcd(big, big * 3) == big)
show("factorial(170) as float", lambda: float(math.factorial(170)))
show("factorial(171) as float", lambda: float(math.factorial(171)))
show("log of bool", lambda: math.log(True))
show("log of negative big", lambda: math.log(-big))
show("log of 0 int", lambda: math.log(0))
show("copysign(big, -1)", lambda: math.copysign(big, -1))
show("math.e ** 2 vs exp(2)", lambda: (math.e ** 2, math.exp(2)))
show("tau == 2*pi", lambda: math.tau == 2 * math.pi)
show("inf is float inf", lambda: (math.inf == float("inf"), math.isnan(math.nan), math.nan != math.nan))
