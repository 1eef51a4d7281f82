# description: list, set, dict comprehensions and generator expressions with multiple for/if clauses
# features: [comprehensions, generators]
# expect: output

print("list:", [x * x for x in range(6) if x % 2 == 0])
print("set:", sorted({c.lower() for c in "AbBa"}))
print("dict:", {k: v for k, v in zip("abc", range(3)) if v != 1})
g = (x + 1 for x in range(3))
print("genexpr:", type(g).__name__, list(g), list(g))

# several for clauses nest left to right
print("product:", [(a, b) for a in range(3) for b in range(a)])
print("flatten:", [y for row in [[1, 2], [3], []] for y in row])

# several if clauses are ANDed; if between fors filters the outer
print("multiple ifs:", [n for n in range(30) if n % 2 == 0 if n % 3 == 0])
print("if between fors:", [(a, b) for a in range(4) if a % 2 for b in "xy"])

# nested comprehension (matrix transpose)
m = [[1, 2, 3], [4, 5, 6]]
print("transpose:", [[row[i] for row in m] for i in range(3)])

# conditional expression in the element
print("element conditional:", ["fizz" if n % 3 == 0 else n for n in range(1, 7)])

# unpacking targets
pairs = [(1, "a"), (2, "b")]
print("unpacking:", [f"{s}{n}" for n, s in pairs], {s: n for n, s in pairs})
print("star target:", [rest for first, *rest in [(1, 2, 3), (4, 5)]])

# dict comprehension with duplicate keys: last wins
print("duplicates:", {k % 3: k for k in range(7)})

# genexpr as sole argument needs no extra parentheses
print("sum:", sum(x for x in range(101)), "any:", any(x > 5 for x in range(3)))
try:
    compile("f(x for x in y, 1)", "<s>", "eval")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

# comprehension over a dict iterates keys; items() gives pairs
d = {"one": 1, "two": 2}
print("dict iteration:", [k for k in d], [v for _, v in d.items()])

# set comprehension deduplicates by equality
print("set dedup:", sorted({x % 4 for x in range(20)}), len({1, 1.0, True}))

# empty results
print("empty:", [x for x in []], {x for x in ()}, {k: k for k in ""})
