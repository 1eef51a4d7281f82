# description: math.fma (3.13) computes x*y+z with a single rounding; special-value errors
# features: [builtins, math, float]
# min-version: 3.13
# expect: output
import math

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

show("basic", lambda: (math.fma(2, 3, 4), math.fma(0.5, 0.5, 0.25)))
x = 0.1
show("single rounding differs", lambda: (math.fma(x, 10, -1.0), x * 10 - 1.0))
show("exact residual", lambda: math.fma(1 + 2**-30, 1 + 2**-30, -1))
show("inf", lambda: math.fma(math.inf, 1, 1))
show("inf * 0", lambda: math.fma(math.inf, 0, 1))
show("overflow", lambda: math.fma(1e308, 10, 0))
show("nan", lambda: math.fma(math.nan, 1, 1))
