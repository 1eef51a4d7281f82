# description: rich comparison dispatch: reflected pairs, subclass priority, NotImplemented and ordering errors
# features: [operators, classes]
# expect: output

log = []
class C:
    def __init__(self, name): self.name = name
    def __repr__(self): return self.name
for op, sym in [("lt", "<"), ("le", "<="), ("gt", ">"), ("ge", ">="), ("eq", "=="), ("ne", "!=")]:
    def m(self, other, op=op):
        log.append(f"{self.name}.__{op}__")
        return NotImplemented
    setattr(C, f"__{op}__", m)
C.__hash__ = None

a, b = C("a"), C("b")
for sym in ["<", "<=", ">", ">=", "==", "!="]:
    log.clear()
    try:
        r = eval(f"a {sym} b")
    except TypeError as e:
        r = f"TypeError: {e}"
    print(f"{sym:2}", r, log)

# subclass on the right with an overridden reflection goes first
class Base:
    def __lt__(self, other):
        return "Base.__lt__"
class Sub(Base):
    def __gt__(self, other):
        return "Sub.__gt__"
print("subclass priority:", Base() < Sub())
print("normal:", Sub() < Base())

# comparisons return arbitrary objects
class Vec:
    def __init__(self, *v): self.v = v
    def __lt__(self, other):
        return [x < y for x, y in zip(self.v, other.v)]
print("non-bool result:", Vec(1, 5) < Vec(2, 3))

# ordering between unrelated builtins
for expr in ["1 < 'a'", "[1] < (1,)", "None < None", "{} < {}", "1j < 2j"]:
    try:
        eval(expr)
    except TypeError as e:
        print("TypeError:", e)

# sequences compare lexicographically, element by element using ==
print("lexicographic:", [1, 2, 3] < [1, 3], (1, 2) < (1, 2, 0), "abc" < "abd", "Z" < "a", [] < [0])
print("mixed numeric:", 1 < 1.5 < 2, 2 ** 64 > 1e19, 1 == 1.0 == True)

# total_ordering not available; __le__ is not derived from __lt__ and __eq__
class OnlyLt:
    def __init__(self, v): self.v = v
    def __lt__(self, other): return self.v < other.v
print("lt works:", OnlyLt(1) < OnlyLt(2), "gt via reflection:", OnlyLt(2) > OnlyLt(1))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print("TypeError:", e)

# sorting uses only <
print("sorted:", [o.v for o in sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)])])

# == falls back to identity for unrelated objects; != too
x = C("x")
log.clear()
print("identity fallback:", x == x, x != x, log)
