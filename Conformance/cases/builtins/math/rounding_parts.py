# description: math floor/ceil/trunc return ints, modf/frexp/ldexp/copysign/fabs/fmod/remainder exact results
# features: [builtins, math, float]
# expect: output
import math

def show(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

for x in [2.5, -2.5, 2.0, -0.0, 1e300, -1e-300, 7]:
    show(f"floor/ceil/trunc({x!r})", lambda: (math.floor(x), math.ceil(x), math.trunc(x)))
show("floor(inf)", lambda: math.floor(math.inf))
show("ceil(nan)", lambda: math.ceil(math.nan))
show("floor('1')", lambda: math.floor("1"))
class F:
    def __floor__(self):
        return "custom floor"
show("__floor__", lambda: math.floor(F()))
show("modf", lambda: (math.modf(3.75), math.modf(-3.75), math.modf(math.inf), math.modf(-0.0)))
show("frexp", lambda: (math.frexp(8.0), math.frexp(-0.1), math.frexp(0.0), math.frexp(5e-324)))
show("ldexp", lambda: (math.ldexp(0.5, 4), math.ldexp(1.0, -1074), math.ldexp(1.0, -1075), math.ldexp(3, 2)))
show("ldexp overflow", lambda: math.ldexp(1.0, 1024))
show("copysign", lambda: (math.copysign(3, -0.0), math.copysign(-2.5, 1), math.copysign(math.inf, -1), math.copysign(1, math.nan)))
show("fabs", lambda: (math.fabs(-3), math.fabs(-0.0), math.fabs(-math.inf)))
show("fmod", lambda: (math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(-0.0, 1), math.fmod(5, math.inf)))
show("fmod inf", lambda: math.fmod(math.inf, 1))
show("remainder", lambda: (math.remainder(7, 3), math.remainder(8, 3), math.remainder(5, 2), math.remainder(7, 2), math.remainder(-5, 2)))
show("remainder by zero", lambda: math.remainder(1, 0))
show("isfinite/isinf/isnan", lambda: [(math.isfinite(v), math.isinf(v), math.isnan(v)) for v in (1.0, math.inf, -math.inf, math.nan, 10**300)])
show("isnan(10**400)", lambda: math.isnan(10**400))
show("isfinite big int", lambda: math.isfinite(10**300))
