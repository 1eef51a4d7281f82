# description: float.is_integer, as_integer_ratio, conjugate/real/imag and exactness of conversions
# features: [builtins, float]
# expect: output

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

for v in [0.0, -0.0, 1.0, 1.5, -2.0, 1e300, 5e-324, 0.1, float("inf"), float("nan")]:
    print(repr(v), "is_integer", v.is_integer())
for v in [0.0, 0.5, -0.75, 0.1, 2.5, 1e20, 3.0, 2**-1074]:
    n, d = v.as_integer_ratio()
    print(repr(v), "ratio", (n, d) if d < 10**20 else (n, "2**%d" % (d.bit_length() - 1)), n / d == v)
show("inf ratio", lambda: float("inf").as_integer_ratio())
show("nan ratio", lambda: float("nan").as_integer_ratio())
show("real/imag", lambda: (2.5.real, 2.5.imag, (-1.5).conjugate()))
show("float(int big exact)", lambda: float(2**80) == 2**80)
show("float too big", lambda: float(2**1024))
show("float just below limit", lambda: float(2**1024 - 2**970))
show("float rounds at limit", lambda: float(2**1024 - 2**970 - 1))
show("int->float ties to even", lambda: (float(2**53 + 1), float(2**53 + 3)))
show("float.__trunc__", lambda: (2.7).__trunc__())
show("float.__floor__", lambda: ((-2.5).__floor__(), (2.5).__ceil__()))
show("float.__round__", lambda: ((2.5).__round__(), (3.5).__round__(), (2.45).__round__(1)))
show("float.__int__ nan", lambda: float("nan").__int__())
show("float() no args", lambda: float())
show("float(True)", lambda: float(True))
class HasFloat:
    def __float__(self): return 1.25
class HasIndex:
    def __index__(self): return 3
class BadFloat:
    def __float__(self): return 1
show("__float__", lambda: float(HasFloat()))
show("__index__ fallback", lambda: float(HasIndex()))
show("bad __float__", lambda: float(BadFloat()))
show("float(None)", lambda: float(None))
