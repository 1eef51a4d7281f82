# description: math exp/expm1/log (with base)/log2/log10/log1p/pow/sqrt/cbrt-free: exact reprs, domain and range errors
# features: [builtins, math, float]
# expect: output
import math

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

show("exp", lambda: (math.exp(0), math.exp(1), math.exp(-1), math.exp(709), math.exp(-745), math.exp(-746)))
show("exp overflow", lambda: math.exp(710))
show("exp inf/nan", lambda: (math.exp(math.inf), math.exp(-math.inf), math.exp(math.nan)))
show("expm1", lambda: (math.expm1(1e-10), math.expm1(0.0), math.expm1(-0.0), math.expm1(1)))
show("log", lambda: (math.log(1), math.log(math.e), math.log(100, 10), math.log(8, 2), math.log(2**1000), math.log(10**400)))
show("log base int", lambda: (math.log(1024, 2), math.log(10**50, 10)))
show("log zero", lambda: math.log(0))
show("log negative", lambda: math.log(-1))
show("log base 1", lambda: math.log(10, 1))
show("log base 0", lambda: math.log(10, 0))
show("log inf", lambda: math.log(math.inf))
show("log2", lambda: (math.log2(8), math.log2(2**1023 * 2), math.log2(0.5), math.log2(3)))
show("log10", lambda: (math.log10(1000), math.log10(10**300), math.log10(0.001), math.log10(2)))
show("log10 zero int", lambda: math.log10(0))
show("log1p", lambda: (math.log1p(1e-10), math.log1p(0), math.log1p(-0.5)))
show("log1p -1", lambda: math.log1p(-1))
show("pow", lambda: (math.pow(2, 10), math.pow(2, -1), math.pow(4, 0.5), math.pow(0, 0), math.pow(math.nan, 0), math.pow(1, math.nan)))
show("pow domain", lambda: math.pow(-8, 1 / 3))
show("pow zero negative", lambda: math.pow(0, -1))
show("pow overflow", lambda: math.pow(10, 400))
show("pow inf", lambda: (math.pow(math.inf, -1), math.pow(-math.inf, 3), math.pow(0.5, math.inf), math.pow(-1, math.inf)))
show("sqrt", lambda: (math.sqrt(2), math.sqrt(0), math.sqrt(-0.0), math.sqrt(10**200), math.sqrt(math.inf)))
show("sqrt negative", lambda: math.sqrt(-1))
show("sqrt huge int", lambda: math.sqrt(10**400))
