# description: int //, %, divmod follow floor semantics for every sign combination and big ints
# features: [builtins, int, operators]
# expect: output

pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (0, 5), (0, -5), (1, -1)]
for a, b in pairs:
    q, r = divmod(a, b)
    print(f"{a:>3} {b:>3}: // {a // b:>3}  % {a % b:>3}  divmod {(q, r)}  ok {q * b + r == a}")
big = 10**30 + 7
for a, b in [(big, 3), (-big, 3), (big, -3), (-big, -3), (big, big), (-big, big + 1)]:
    q, r = divmod(a, b)
    print("big:", q, r, q * b + r == a, (r == 0) or ((r > 0) == (b > 0)))
for label, f in [("7 // 0", lambda: 7 // 0), ("7 % 0", lambda: 7 % 0),
                 ("divmod(7, 0)", lambda: divmod(7, 0)), ("big // 0", lambda: big // 0),
                 ("7 / 0", lambda: 7 / 0)]:
    try:
        f()
    except ZeroDivisionError as e:
        print(label, "-> ZeroDivisionError:", e)
print("true div:", 7 / 2, -7 / 2, 10**20 / 10**19, (2**70) / 2**69)
print("true div exact big:", (10**40) / (10**20), 1 / 3)
try:
    print((10**400) / 1)
except OverflowError as e:
    print("huge / 1 -> OverflowError:", e)
print("huge / huge:", (10**400) / (10**399))
print("mod by bool:", 5 % True, divmod(True, 2))
