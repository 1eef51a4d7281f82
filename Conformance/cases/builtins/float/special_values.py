# description: inf/nan arithmetic, comparisons, identity vs equality in containers, and overflow errors
# features: [builtins, float]
# expect: output
inf = float("inf")
nan = float("nan")
print("inf > 1e308:", inf > 1e308, "-inf < -1e308:", -inf < -1e308, "inf == inf:", inf == inf)
print("nan comparisons:", nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan)
print("inf arithmetic:", inf + 1, inf * -1, inf / inf, inf - inf, 1 / inf, -1 / inf)
print("nan in list (identity):", nan in [nan], "new nan:", float("nan") in [nan])
print("list eq identity:", [nan] == [nan], "tuple:", (nan,) == (nan,))
d = {nan: 1}
print("dict lookup same nan:", d.get(nan), "other nan:", d.get(float("nan")))
print("count nan:", [nan, nan, float("nan")].count(nan))
print("max with nan first:", max(nan, 1.0), "max with nan last:", max(1.0, nan))
print("sorted with inf:", sorted([3.0, -inf, inf, 0.0, -0.0]))
print("min zero signs:", min(0.0, -0.0), min(-0.0, 0.0))
print("abs:", abs(-inf), abs(-0.0), abs(nan))
print("int conversions:", int(1e18), int(-1.9e18))
print("float hash:", hash(inf) == hash(float("inf")), hash(-0.0) == hash(0.0), hash(0.5) == hash(0.5))
print("isinf/isnan via methods:", inf.is_integer(), nan.is_integer())
print("huge mults:", 1e200 * 1e200, -1e200 * 1e200, 1e-200 * 1e-200, -1e-200 * 1e-200)
print("subnormal:", 5e-324 / 2, 5e-324 * 0.5, 2.5e-324, 5e-324 - 5e-324)
print("float ordering keys:", sorted([2, 1.5, -inf, 10**30, -0.5], key=float))
print("str conversions:", str(inf), str(-inf), str(nan), f"{inf}", f"{nan:>5}", "%f" % inf, "%e" % -inf)
