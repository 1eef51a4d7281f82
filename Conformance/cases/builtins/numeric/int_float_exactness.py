# description: exact int values of floats (int(1e23) etc.), float->int->float round trips, and is_integer on ints (3.12)
# features: [builtins, int, float]
# min-version: 3.12
# expect: output
for f in [1e15, 1e16, 1e22, 1e23, 2.0**63, 2.0**64, 1.7976931348623157e308, 0.1 * 3, -1e20, 123456789.987654321]:
    i = int(f)
    print(repr(f), "->", i if abs(i) < 10**30 else str(i)[:20] + "...", "round trip:", float(i) == f or f != int(f))
print("int.is_integer:", (5).is_integer(), (-5).is_integer(), True.is_integer(), (10**100).is_integer())
print("float.is_integer:", (5.0).is_integer(), (5.5).is_integer())
print("int(f) == f for integral floats:", all(int(float(n)) == n for n in [0, 1, -1, 2**52, 2**53, 10**15]))
print("1e23 exact:", int(1e23))
print("int(1e23) != 10**23:", int(1e23) != 10**23, 1e23 == 10**23, float(10**23) == 1e23)
print("comparison is exact:", 10**23 > 1e23, 99999999999999991611392 == 1e23)
