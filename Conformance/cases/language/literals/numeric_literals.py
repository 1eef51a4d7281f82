# description: integer, float and imaginary literals with underscores, bases, exponents and their values
# features: [literals, int, float, complex]
# expect: output

print("underscores:", 1_000_000, 0x_FF_FF, 0o_7_7, 0b_1010_1010, 1_0.0_1, 1e1_0)
print("bases:", 0xff, 0XFF, 0o17, 0O17, 0b101, 0B101, 0x0, 0b0)
print("floats:", 1.5, .5, 5., 1e3, 1E-3, 1.5e+2, 0e0, 00.5, 007.0)
print("imaginary:", 1j, 2.5j, 1e2j, 0j, 1_0j, 3 + 4j, (3 + 4j).imag, type(1j).__name__)
print("big:", 123456789012345678901234567890, 0xFFFFFFFFFFFFFFFFFFFF, 2 ** 100)
print("leading zeros allowed only for zero:", 000, 0_0)
print("negative literal is unary minus:", -1, - 1, -0x10, -(2 ** 63), -0.0)
print("float edge:", 1e308 * 10, -1e308 * 10, 1e-400, 5e-324, 1.7976931348623157e308)
print("float repr shortest:", 0.1, 0.1 + 0.2, 1 / 3, 2.5e-5, 1e16, 1e15, 123456789.0)
print("int from float literal:", int(1e3), int(-2.9), int(2.9))
print("types:", type(10).__name__, type(10.0).__name__, type(10j).__name__, type(0b1).__name__)

# invalid numeric literals are syntax errors
for src in ["0777", "1__0", "1_", "0x", "0b2", "0o8", "1e", "1.e_3", "0_7"]:
    try:
        compile(src, "<s>", "eval")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), "->", e.msg)

# literal attribute access
print("attribute on int literal:", (5).bit_length(), 5 .real, 5.0.is_integer(), 0x10.bit_length())
print("complex parts:", (1 + 2j).real, (1 + 2j).conjugate(), abs(3 + 4j))
