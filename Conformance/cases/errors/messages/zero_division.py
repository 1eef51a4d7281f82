# description: ZeroDivisionError messages for every division-like operation on int, float and complex
# features: [exceptions, int, float, complex]
# min-version: 3.13
# expect: output

cases = ["1 / 0", "1 // 0", "1 % 0", "divmod(1, 0)", "1.0 / 0", "1 / 0.0", "1.0 // 0.0", "1.0 % 0.0",
         "divmod(1.0, 0)", "0 / 0", "(1+1j) / 0", "1 / 0j", "0 ** -1", "0.0 ** -2", "10 ** 30 // 0",
         "True / False", "pow(0, -1)", "x = 5; x /= 0", "x = 5; x //= 0", "x = 5; x %= 0"]
for src in cases:
    try:
        exec(src)
        print(src, "-> no error")
    except ZeroDivisionError as e:
        print(f"{src:16} -> ZeroDivisionError: {e}")

print("is ArithmeticError:", issubclass(ZeroDivisionError, ArithmeticError))
try:
    1 / 0
except ArithmeticError as e:
    print("caught as ArithmeticError:", type(e).__name__, e.args)
print("float inf division is fine:", 1 / float("inf"), float("inf") / 1e308)
