# description: math functions on nan/inf inputs: nan propagates, infinities map to limits or raise domain errors
# features: [builtins, math, float]
# expect: output
import math
funcs = ["sqrt", "exp", "log", "log2", "log10", "log1p", "expm1", "sin", "cos", "tan", "asin", "acos", "atan",
         "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "erf", "erfc", "gamma", "lgamma", "fabs", "ceil", "floor", "trunc"]
for name in funcs:
    fn = getattr(math, name)
    row = []
    for x in (math.nan, math.inf, -math.inf):
        try:
            row.append(repr(fn(x)))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__)
    print(f"{name:6}", " ".join(f"{r:>13}" for r in row))
print("two-arg:", math.atan2(math.nan, 1), math.hypot(math.inf, math.nan), math.copysign(math.inf, -0.0), math.fmod(1, math.inf))
print("pow nan:", math.pow(math.nan, 0), math.pow(1, math.nan), math.pow(math.nan, 1))
print("isclose nan:", math.isclose(math.nan, math.nan), "fsum nan:", math.fsum([1, math.nan]))
print("min/max builtins vs nan order-dependent:", max(math.nan, 1.0), max(1.0, math.nan))
