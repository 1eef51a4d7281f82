# description: TypeError messages for unsupported operand types in binary, unary, augmented and comparison operators
# features: [exceptions, operators]
# expect: output

def check(src):
    try:
        eval(src)
        print(src, "-> no error")
    except TypeError as e:
        print(f"{src:18} -> TypeError: {e}")

for src in ["1 + 'a'", "'a' + 1", "1 - 'a'", "[] - []", "{} + {}", "1 * None", "'a' * 'b'", "'a' * 1.5",
            "[1] * 2.0", "1 / 'x'", "1 // []", "1 % ()", "2 ** 'x'", "1 @ 2", "1 & 1.0", "1.0 | 2",
            "1 ^ 'x'", "1 << 1.0", "1.0 >> 1", "-'a'", "+[]", "~1.5", "abs(None)",
            "1 < 'a'", "[] > 1", "None >= 0", "{} <= {}", "1j < 1j", "(1,) < [1]", "'a' < b'a'",
            "{1} < [1]", "divmod('a', 1)", "pow('a', 2)", "round('x')"]:
    check(src)

# augmented assignment messages use the in-place operator symbol
for stmt in ["x = 1; x += 'a'", "x = []; x -= [1]", "x = 'a'; x *= 'b'", "x = (); x += []", "x = 1; x @= 1"]:
    try:
        exec(stmt)
    except TypeError as e:
        print(f"{stmt:18} -> TypeError: {e}")

# user classes appear by name
class A: pass
class B: pass
for src in ["A() + B()", "A() < B()", "-A()", "A() ** 2"]:
    check(src)
