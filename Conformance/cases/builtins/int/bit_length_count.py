# description: int.bit_length and int.bit_count for zero, negatives, powers of two and big values
# features: [builtins, int]
# min-version: 3.10
# expect: output

for n in [0, 1, 2, 3, 4, 7, 8, 255, 256, -1, -2, -255, -256, 2**63 - 1, 2**63, 2**64, -(2**64), 10**100]:
    print(n if abs(n) < 2**70 else "big", "bit_length", n.bit_length(), "bit_count", n.bit_count())
print("True.bit_length:", True.bit_length(), "False.bit_count:", False.bit_count())
print("agrees with bin:", all(len(bin(n).lstrip("-0b")) == n.bit_length() for n in range(1, 5000)))
print("agrees with bin count:", all(bin(n).count("1") == n.bit_count() for n in range(-3000, 3000)))
print("2**k:", [(2**k).bit_length() for k in (0, 31, 32, 63, 64, 127, 128, 1000)])
print("(2**k)-1:", [(2**k - 1).bit_count() for k in (1, 31, 32, 63, 64, 127, 128, 1000)])
print("numerator/denominator:", (7).numerator, (7).denominator, (-7).numerator)
print("real/imag/conjugate:", (5).real, (5).imag, (5).conjugate(), type((True).real).__name__)
print("as_integer_ratio:", (10).as_integer_ratio(), (-3).as_integer_ratio(), True.as_integer_ratio())
print("int.__index__:", (12).__index__(), "int.__int__ of bool:", True.__int__(), type(True.__int__()).__name__)
