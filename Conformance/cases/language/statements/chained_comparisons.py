# description: chained comparisons evaluate each operand at most once and short-circuit
# features: [operators, syntax]
# expect: output

log = []
def v(name, value):
    log.append(name)
    return value

print("basic:", 1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 >= 1, 1 == 1.0 == True, 1 < 2 > 0)
r = v("a", 1) < v("b", 2) < v("c", 3)
print("all evaluated once:", r, log)
log.clear()
r = v("a", 1) < v("b", 0) < v("c", 3)
print("short-circuit:", r, log)
log.clear()
r = v("a", 5) > v("b", 3) == v("c", 3) != v("d", 4) < v("e", 10)
print("long chain:", r, log)

# chains return the failing comparison's result (not necessarily bool)
class R:
    def __init__(self, name): self.name = name
    def __lt__(self, other): return f"{self.name}<{other.name}"
    def __repr__(self): return self.name
print("non-bool result:", R("p") < R("q") < R("r"))
class F:
    def __lt__(self, other): return ""
print("falsy intermediate:", repr(F() < F() < F()))

# 'in', 'not in', 'is', 'is not' chain too
lst = [1, 2]
print("in chain:", 1 in lst in [lst], 3 not in lst is not None, None is None is None)
# a < b == c is (a < b) and (b == c), not (a < b) == c
print("not grouping:", 1 < 2 == True, (1 < 2) == True)

# chain with middle operand that has side effects
counter = [0]
def mid():
    counter[0] += 1
    return 5
print("middle once:", 0 < mid() < 10, counter)

# comparisons between different numeric types
print("numeric:", 1 < 1.5 < 2 < 2.5, -0.0 == 0 == 0.0, 10 ** 20 > 1e19 > 10 ** 19)
