# description: round() on ints with negative ndigits (half-even), int/float equality and mixed ordering
# features: [builtins, int, float]
# expect: output

for n, d in [(25, -1), (35, -1), (-25, -1), (15, -1), (150, -2), (250, -2), (-250, -2),
             (12345, -2), (12355, -1), (5, -1), (4, -1), (6, -1), (123, 0), (123, 5), (10**20 + 5 * 10**9, -10)]:
    r = round(n, d)
    print(f"round({n}, {d}) = {r!r} ({type(r).__name__})")
print("round(7) type:", type(round(7)).__name__, "round(7, None):", round(7, None))
big = 2**53
print("2**53 == float(2**53):", big == float(big))
print("2**53+1 == float(2**53+1):", big + 1 == float(big + 1))
print("2**53+1 > float(2**53):", big + 1 > float(big))
print("float(2**53+1):", float(big + 1))
print("10**400 > 1e308:", 10**400 > 1e308, "10**400 < inf:", 10**400 < float("inf"))
print("-(10**400) > -inf:", -(10**400) > float("-inf"))
print("int vs nan:", 1 < float("nan"), 1 == float("nan"), 1 != float("nan"))
print("10**16+1 vs 1e16:", 10**16 + 1 == 1e16, 10**16 + 1 > 1e16)
print("sorted mixed:", sorted([3, 2.5, True, -1, 0.0, 10**20, 1e19]))
print("max mixed:", max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0))
print("hash eq:", hash(1) == hash(1.0) == hash(True), hash(10**5) == hash(1e5), hash(2**80) == hash(float(2**80)))
print("1 in [1.0]:", 1 in [1.0], "1.0 in {1}:", 1.0 in {1}, "True in {1: 'a'}:", True in {1: "a"})
print("chained:", 1 < 2.0 < 3 < 3.5, 0 == 0.0 == -0.0 == False)
