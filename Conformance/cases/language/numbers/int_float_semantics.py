# description: arbitrary precision ints, float precision limits and comparisons between ints and floats
# features: [int, float, operators]
# expect: output

big = 2 ** 200
print("exact big arithmetic:", big + 1 - big, big * big // big == big, len(str(3 ** 1000)))
print("negative big:", -big // 3 == -(big // 3) - 1, (-big) % 3)
print("factorial 30:", eval("*".join(str(i) for i in range(1, 31))))

# float precision
print("0.1 + 0.2 == 0.3:", 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15)
print("2**53 + 1 as float:", float(2 ** 53 + 1) == float(2 ** 53), 2 ** 53 + 1 == float(2 ** 53))
print("int/float exact comparison:", 2 ** 53 + 1 > float(2 ** 53), 10 ** 400 > float("1e308"), 10 ** 400 < float("inf"))
print("float to int exact:", int(1e20), int(2.0 ** 70) == 2 ** 70)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)

# nan behaviour
nan = float("nan")
print("nan:", nan == nan, nan != nan, nan < 1, nan > 1, [nan] == [nan], nan is nan)
print("inf:", float("inf") == float("inf"), float("inf") > 10 ** 1000, -float("inf"))

# negative zero
print("negative zero:", -0.0 == 0.0, str(-0.0), repr(0.0 * -1), 1 / float("inf"), -1 / float("inf"))

# float methods
print("is_integer:", (3.0).is_integer(), (3.5).is_integer())
print("as_integer_ratio:", (0.75).as_integer_ratio(), (-2.5).as_integer_ratio())
print("hex:", (1.0).hex(), float.fromhex("0x1.8p1"))

# int methods
print("bit_length:", (255).bit_length(), (-256).bit_length(), (0).bit_length())
print("to/from bytes:", (1024).to_bytes(2, "big"), int.from_bytes(b"\x04\x00", "little"), (-1).to_bytes(2, "big", signed=True))
print("int bases:", int("ff", 16), int("0x1F", 0), int("0b101", 0), int("z", 36), int("-0o17", 0))
print("str of int in bases:", bin(-10), oct(64), hex(-255), format(10, "o"))

# int <-> str digit limit exists (only check a moderately sized value converts)
print("1000-digit round trip:", int(str(10 ** 999)) == 10 ** 999)
print("divmod float:", divmod(7.5, 2), divmod(-7.5, 2))
print("complex arithmetic:", (1 + 2j) * (3 - 1j), (1 + 2j) / 1j, (2j) ** 2, complex("1+2j"))
try:
    (1 + 2j) // 1
except TypeError as e:
    print("TypeError:", e)
