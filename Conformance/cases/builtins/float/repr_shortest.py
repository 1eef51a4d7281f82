# description: float repr/str use the shortest round-tripping form and switch to exponent at 1e16 / 1e-4
# features: [builtins, float]
# expect: output

values = [0.1, 0.2, 0.1 + 0.2, 1.0, 100.0, 1e15, 1e16, 1.5e16, 123456789012345678.0,
          1e-4, 1e-5, 0.0001234, 0.00001234, 1e22, 1e23, 2.5, -0.0, 0.0, 5e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, 9007199254740993.0, 1/3, 2/3, 100.5, 1e100, 123.456, -1e-7,
          float("inf"), float("-inf"), float("nan"), 3.141592653589793, 1.1, 2.675]
for v in values:
    print(repr(v), str(v), float(repr(v)) == v or v != v)
print("tuple repr:", (0.1, -0.0, 1e16))
print("list str:", str([1e-5, 1e16, 0.5]))
print("round trip all:", all(float(repr(x)) == x for x in [i / 7 for i in range(1, 200)]))
print("float(10**16):", float(10**16), "float(10**15):", float(10**15))
print("large int float:", float(2**63), float(-(2**64)))
print("inf math:", float("inf") * 0, float("inf") - float("inf"), -float("inf"))
print("nan sign dropped:", repr(-float("nan")), repr(float("-nan")))
print("nextafter-ish:", 1.0 + 2**-52, 1.0 + 2**-53, 0.1 * 3, 1.1 * 1.1)
