# description: math gamma/lgamma/erf/erfc values, poles and overflow errors with exact reprs
# features: [builtins, math, float]
# expect: output
import math

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

show("gamma ints", lambda: [math.gamma(n) for n in (1, 2, 3, 5, 10, 20)])
show("gamma halves", lambda: (math.gamma(0.5), math.gamma(1.5), math.gamma(-0.5)))
show("gamma pole 0", lambda: math.gamma(0))
show("gamma pole -1", lambda: math.gamma(-1))
show("gamma -0.0", lambda: math.gamma(-0.0))
show("gamma overflow", lambda: math.gamma(172))
show("gamma 171", lambda: math.gamma(171))
show("gamma inf", lambda: (math.gamma(math.inf), math.gamma(math.nan)))
show("gamma -inf", lambda: math.gamma(-math.inf))
show("lgamma", lambda: (math.lgamma(1), math.lgamma(2), math.lgamma(10), math.lgamma(0.5), math.lgamma(-0.5), math.lgamma(1e300)))
show("lgamma pole", lambda: math.lgamma(-2))
show("erf", lambda: (math.erf(0), math.erf(1), math.erf(-1), math.erf(3), math.erf(math.inf)))
show("erfc", lambda: (math.erfc(0), math.erfc(1), math.erfc(10), math.erfc(-math.inf)))
show("erf + erfc", lambda: math.erf(0.3) + math.erfc(0.3))
