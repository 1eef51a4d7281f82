# description: math trigonometric, inverse and hyperbolic functions with exact reprs, atan2 quadrants and domain errors
# features: [builtins, math, float]
# expect: output
import math

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

show("pi/e/tau/inf/nan", lambda: (math.pi, math.e, math.tau, math.inf, -math.inf, math.nan))
show("sin", lambda: (math.sin(0), math.sin(math.pi / 6), math.sin(math.pi), math.sin(-0.0), math.sin(1e22)))
show("cos", lambda: (math.cos(0), math.cos(math.pi / 3), math.cos(math.pi), math.cos(1)))
show("tan", lambda: (math.tan(0), math.tan(math.pi / 4), math.tan(1)))
show("sin inf", lambda: math.sin(math.inf))
show("asin/acos/atan", lambda: (math.asin(1), math.acos(0), math.acos(-1), math.atan(1), math.atan(math.inf)))
show("asin domain", lambda: math.asin(2))
show("acos domain", lambda: math.acos(-1.5))
show("atan2 quadrants", lambda: (math.atan2(1, 1), math.atan2(1, -1), math.atan2(-1, -1), math.atan2(-1, 1)))
show("atan2 zeros", lambda: (math.atan2(0.0, 0.0), math.atan2(-0.0, 0.0), math.atan2(0.0, -0.0), math.atan2(-0.0, -0.0)))
show("atan2 infs", lambda: (math.atan2(math.inf, math.inf), math.atan2(1, -math.inf), math.atan2(-1, math.inf)))
show("degrees/radians", lambda: (math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(-90)))
show("sinh/cosh/tanh", lambda: (math.sinh(1), math.cosh(1), math.tanh(1), math.tanh(100), math.sinh(-0.0)))
show("asinh/acosh/atanh", lambda: (math.asinh(1), math.acosh(1), math.acosh(2), math.atanh(0.5), math.atanh(-0.0)))
show("acosh domain", lambda: math.acosh(0.5))
show("atanh domain", lambda: math.atanh(1))
show("cosh overflow", lambda: math.cosh(1000))
show("hypot", lambda: (math.hypot(3, 4), math.hypot(), math.hypot(-5), math.hypot(1, 2, 2), math.hypot(math.inf, math.nan)))
show("dist", lambda: (math.dist((0, 0), (3, 4)), math.dist([1, 1, 1], [2, 2, 2])))
show("dist mismatch", lambda: math.dist((0, 0), (1,)))
show("sin of int/bool", lambda: (math.sin(1), math.cos(True)))
show("sin of str", lambda: math.sin("1"))
