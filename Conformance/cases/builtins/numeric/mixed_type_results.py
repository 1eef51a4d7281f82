# description: result types and values of binary operators across bool/int/float/complex operand pairs
# features: [builtins, int, float, complex, bool, operators]
# expect: output
values = [True, 3, 2.5, 1 + 2j]
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b), ("/", lambda a, b: a / b),
       ("//", lambda a, b: a // b), ("%", lambda a, b: a % b), ("**", lambda a, b: a ** b)]
for a in values:
    for b in values:
        row = []
        for sym, op in ops:
            try:
                r = op(a, b)
                row.append(f"{sym}:{type(r).__name__}={r!r}")
            except TypeError:
                row.append(f"{sym}:TypeError")
        print(repr(a), repr(b), " ".join(row))
