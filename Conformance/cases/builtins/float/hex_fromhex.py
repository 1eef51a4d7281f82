# description: float.hex and float.fromhex formats, rounding, specials and parse errors
# features: [builtins, float]
# expect: output

for v in [0.0, -0.0, 1.0, 0.5, 3.0, 0.1, -2.75, 1e300, 5e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, float("inf"), float("-inf"), float("nan")]:
    print(repr(v), "->", v.hex())
def show(label, s):
    try:
        print(label, repr(float.fromhex(s)))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)
show("0x1p0", "0x1p0")
show("0x1.8p1", "0x1.8p1")
show("-0X1.ABCp-10", "-0X1.ABCp-10")
show("1p4 (no 0x)", "1p4")
show("0x.8", "0x.8")
show("0xA.", "0xA.")
show("  0x1p-2  ", "  0x1p-2  ")
show("inf", "inf")
show("-Infinity", "-Infinity")
show("nan", "nan")
show("0x1p-1074", "0x1p-1074")
show("0x1p-1075 (ties to even -> 0)", "0x1p-1075")
show("0x3p-1076", "0x3p-1076")
show("0x1.fffffffffffff8p1023", "0x1.fffffffffffff8p1023")
show("0x1p1024", "0x1p1024")
show("0x1.0000000000001p0", "0x1.0000000000001p0")
show("0x1.00000000000008p0", "0x1.00000000000008p0")
show("0x1.00000000000018p0", "0x1.00000000000018p0")
show("empty", "")
show("0x", "0x")
show("0x1p", "0x1p")
show("0xg", "0xg")
show("1.5", "1.5")
print("round trip:", all(float.fromhex((i / 13).hex()) == i / 13 for i in range(-500, 500)))
class F(float):
    pass
r = F.fromhex("0x1p3")
print("subclass:", type(r).__name__, r)
