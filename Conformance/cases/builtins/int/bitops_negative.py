# description: &, |, ^, ~, <<, >> on negative and big ints use infinite two's complement
# features: [builtins, int, operators]
# expect: output

vals = [0, 1, -1, 5, -5, 12, -12, 2**70, -(2**70), 2**64 - 1]
for a in vals:
    print("~", a, "=", ~a)
for a, b in [(5, -3), (-5, 3), (-5, -3), (-12, 2**70), (2**70 + 5, -1), (-(2**70), 2**64 - 1)]:
    print(a, b, "& | ^:", a & b, a | b, a ^ b)
for a in [1, -1, 7, -7, -(2**65) - 3]:
    print("shifts of", a, ":", a << 3, a >> 1, a >> 2, a >> 100, a << 70)
print("-1 >> 1000:", -1 >> 1000, " 1 >> 1000:", 1 >> 1000)
print("(-7) >> 1 floors:", -7 >> 1, -7 // 2)
print("1 << 200 == 2**200:", 1 << 200 == 2**200)
print("0 << 10**6:", 0 << 10**6)
for label, f in [("1 << -1", lambda: 1 << -1), ("1 >> -1", lambda: 1 >> -1),
                 ("1 & 1.0", lambda: 1 & 1.0), ("~1.5", lambda: ~1.5)]:
    try:
        f()
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)
print("bool ops stay bool:", True & False, True | False, True ^ True, type(True & True).__name__)
print("bool with int:", True & 3, type(True & 3).__name__, True << 2)
print("identities:", all((x ^ x) == 0 and (x & ~x) == 0 and (x | ~x) == -1 for x in vals))
print("de morgan:", all(~(a & b) == (~a | ~b) for a in vals for b in vals))
