# description: float ** special cases per IEEE/C99 (signed zeros, infinities, nan, negative bases) and errors
# features: [builtins, float, operators]
# expect: output
inf, nan = float("inf"), float("nan")
cases = [(0.0, 0.0), (nan, 0.0), (1.0, nan), (1.0, inf), (-1.0, inf), (-1.0, -inf), (0.5, inf), (0.5, -inf),
         (2.0, inf), (2.0, -inf), (inf, 0.5), (inf, -0.5), (-inf, 3.0), (-inf, 2.0), (-inf, -3.0), (-inf, -2.0),
         (0.0, 3.0), (-0.0, 3.0), (-0.0, 2.0), (-0.0, 0.5), (0.0, inf), (-2.0, 3.0), (-2.0, -3.0), (-8.0, 1 / 3),
         (0.0, -1.0), (-0.0, -3.0), (-0.0, -2.0), (0.0, -inf), (1e308, 2.0), (10.0, -400.0), (-1.0, 1e300)]
for a, b in cases:
    try:
        r = a ** b
        print(f"{a!r} ** {b!r} = {r!r}")
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(f"{a!r} ** {b!r} ! {type(e).__name__}: {e}")
print("int ** float:", 2 ** 0.5, (-8) ** 2.0, 4 ** -0.5)
print("float ** int big exponent:", 1.0000001 ** 10**6, 0.5 ** 2000)
try:
    2.0 ** 10**6
except OverflowError as e:
    print("overflow ! OverflowError:", e)
