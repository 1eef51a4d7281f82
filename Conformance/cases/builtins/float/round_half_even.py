# description: round() on floats: half-to-even, ndigits positive/negative, binary representation effects, errors
# features: [builtins, float]
# expect: output

def show(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4.5000001, 1e16 + 2]:
    show(f"round({v!r})", lambda: round(v))
for v, n in [(2.675, 2), (2.665, 2), (0.125, 2), (0.375, 2), (1.0005, 3), (0.5, 0), (1.5, 0), (2.5, 0),
             (-2.5, 0), (1234.5678, -2), (1250.0, -2), (1350.0, -2), (-1250.0, -2), (0.1, 20), (1e300, -300),
             (5e-324, 400), (1.23456789e-8, 10), (123.456, -5), (-0.4, 0), (0.0, 3)]:
    show(f"round({v!r}, {n})", lambda: round(v, n))
show("round(inf)", lambda: round(float("inf")))
show("round(nan)", lambda: round(float("nan")))
show("round(inf, 2)", lambda: round(float("inf"), 2))
show("round(nan, 2)", lambda: round(float("nan"), 2))
show("round(1.5, None)", lambda: round(1.5, None))
show("round(1.5, 1.0)", lambda: round(1.5, 1.0))
show("round('1')", lambda: round("1"))
show("round(1e308, -308)", lambda: round(1e308, -308))
show("round(1.7976931348623157e308, -308)", lambda: round(1.7976931348623157e308, -308))
class R:
    def __round__(self, n=None):
        return ("custom", n)
show("__round__", lambda: round(R()))
show("__round__ n", lambda: round(R(), 3))
