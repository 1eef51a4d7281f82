# description: math.isclose tolerances and errors, math.ulp, math.nextafter (incl. steps), math.fsum precision
# features: [builtins, math, float]
# min-version: 3.12
# expect: output
import math

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

show("isclose default", lambda: (math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.0 + 1e-8), math.isclose(0.0, 1e-300)))
show("isclose abs_tol", lambda: (math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(100, 101, rel_tol=0.01)))
show("isclose infs", lambda: (math.isclose(math.inf, math.inf), math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan)))
show("isclose negative tol", lambda: math.isclose(1, 1, rel_tol=-1))
show("isclose positional tol", lambda: math.isclose(1, 1, 0.1))
show("ulp", lambda: (math.ulp(1.0), math.ulp(0.0), math.ulp(-1.0), math.ulp(1e300), math.ulp(math.inf), math.ulp(5e-324)))
show("nextafter", lambda: (math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.nextafter(0.0, -1.0), math.nextafter(1.0, 1.0)))
show("nextafter max", lambda: (math.nextafter(1.7976931348623157e308, math.inf), math.nextafter(math.inf, 0)))
show("nextafter steps", lambda: (math.nextafter(1.0, 2.0, steps=2), math.nextafter(1.0, 0.0, steps=3), math.nextafter(0.0, 1.0, steps=0)))
show("nextafter negative steps", lambda: math.nextafter(1.0, 2.0, steps=-1))
show("sumprod", lambda: (math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([0.1] * 10, [1] * 10), math.sumprod([], [])))
show("sumprod mismatch", lambda: math.sumprod([1, 2], [1]))
show("fsum precision", lambda: (math.fsum([1e-16] * 10 + [1.0]), math.fsum([0.1] * 10), math.fsum([1e308, -1e308, 1e-308])))
show("cbrt", lambda: (math.cbrt(27), math.cbrt(-8), math.cbrt(2)))
show("exp2", lambda: (math.exp2(10), math.exp2(-1), math.exp2(0.5)))
