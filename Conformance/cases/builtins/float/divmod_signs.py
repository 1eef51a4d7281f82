# description: float //, %, divmod signs, negative zero results, math.fmod contrast and zero-division messages
# features: [builtins, float, math]
# min-version: 3.13
# expect: output
import math

for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1.0, 0.1), (-1e-300, 1.0), (0.0, -1.0),
             (-0.0, 1.0), (5.0, float("inf")), (-5.0, float("inf")), (float("inf"), 2.0), (1e308, 1e-308)]:
    try:
        q, r = divmod(a, b)
        print(f"{a!r} {b!r}: // {a // b!r} % {a % b!r} divmod {(q, r)!r} fmod {math.fmod(a, b)!r}")
    except Exception as e:
        print(f"{a!r} {b!r}: ! {type(e).__name__}: {e}")
for label, f in [("1.0 / 0", lambda: 1.0 / 0), ("1 / 0.0", lambda: 1 / 0.0), ("1.0 // 0.0", lambda: 1.0 // 0.0),
                 ("1.0 % 0.0", lambda: 1.0 % 0.0), ("divmod(1.0, 0.0)", lambda: divmod(1.0, 0.0)),
                 ("math.fmod(1.0, 0.0)", lambda: math.fmod(1.0, 0.0)), ("0.0 ** -1", lambda: 0.0 ** -1),
                 ("(-8.0) ** (1/3)", lambda: (-8.0) ** (1 / 3)), ("10.0 ** 400", lambda: 10.0 ** 400),
                 ("2.0 ** 1e10", lambda: 2.0 ** 1e10), ("1e308 * 10", lambda: 1e308 * 10),
                 ("(-1.0) ** 0.5 type", lambda: type((-1.0) ** 0.5).__name__), ("inf ** 0", lambda: float("inf") ** 0),
                 ("nan ** 0", lambda: float("nan") ** 0), ("1 ** nan", lambda: 1.0 ** float("nan"))]:
    try:
        print(label, "=", repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)
print("-0.0 signs:", repr(-0.0 * 1), repr(0.0 * -1), repr(-0.0 + 0.0), repr(-0.0 - 0.0), repr(-(0.0)))
print("copysign check:", math.copysign(1, -7.5 % 2), math.copysign(1, 7.5 % -2), math.copysign(1, -0.0 % 5))
