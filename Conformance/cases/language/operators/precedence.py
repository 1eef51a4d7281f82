# description: operator precedence and associativity across arithmetic, bitwise, comparison, boolean, conditional and lambda
# features: [operators, syntax]
# expect: output

checks = [
    ("2 + 3 * 4", 2 + 3 * 4),
    ("(2 + 3) * 4", (2 + 3) * 4),
    ("-2 ** 2", -2 ** 2),
    ("2 ** -1", 2 ** -1),
    ("2 ** 3 ** 2", 2 ** 3 ** 2),
    ("-3 // 2", -3 // 2),
    ("-(3 // 2)", -(3 // 2)),
    ("10 - 4 - 3", 10 - 4 - 3),
    ("100 / 10 / 5", 100 / 10 / 5),
    ("7 % 3 * 2", 7 % 3 * 2),
    ("1 + 2 << 3", 1 + 2 << 3),
    ("1 << 2 + 3", 1 << 2 + 3),
    ("6 & 3 | 8", 6 & 3 | 8),
    ("6 | 3 & 8", 6 | 3 & 8),
    ("5 ^ 3 & 1", 5 ^ 3 & 1),
    ("1 | 2 ^ 3", 1 | 2 ^ 3),
    ("~1 + 1", ~1 + 1),
    ("-~5", -~5),
    ("not 1 == 2", not 1 == 2),
    ("not 0 and 0", not 0 and 0),
    ("1 or 0 and 0", 1 or 0 and 0),
    ("(1 or 0) and 0", (1 or 0) and 0),
    ("1 < 2 == 2", 1 < 2 == 2),
    ("1 | 2 == 3", 1 | 2 == 3),
    ("(1 | 2) == 3", (1 | 2) == 3),
    ("3 & 1 in [1]", 3 & 1 in [1]),
    ("1 if 0 else 2 if 1 else 3", 1 if 0 else 2 if 1 else 3),
    ("0 or 1 if 0 else 5", 0 or 1 if 0 else 5),
    ("[1, 2][0] + 1", [1, 2][0] + 1),
    ("-[5][0] ** 2", -[5][0] ** 2),
    ("2 * 3 ** 2 * 2", 2 * 3 ** 2 * 2),
    ("not -1", not -1),
    ("- - - 1", - - - 1),
    ("2 ** -2 ** -1", 2 ** -2 ** -1),
    ("10 // 3 * 3 + 10 % 3", 10 // 3 * 3 + 10 % 3),
    ("'ab' * 2 + 'c'", "ab" * 2 + "c"),
    ("1 + True * 2", 1 + True * 2),
    ("(lambda: 1 or 2)()", (lambda: 1 or 2)()),
]
for text, value in checks:
    print(f"{text:28} = {value!r}")

# the walrus has the lowest precedence among expressions (needs parentheses)
print("walrus:", (y := 1 + 2), y)
# unary minus binds looser than ** but tighter than *
print("unary vs power:", -2 ** 2 * -1, (-2) ** 2)
