# description: sequence comparisons test identity before __eq__ per element (nan, always-false __eq__) and short-circuit
# features: [builtins, tuple, list, operators]
# expect: output
nan = float("nan")
print("tuple with same nan:", (nan,) == (nan,), "different nans:", (nan,) == (float("nan"),))
print("list with same nan:", [nan] == [nan], [nan] != [nan])
print("< with same nan element then differing:", (nan, 1) < (nan, 2))
class Never:
    def __eq__(self, other):
        return False
    __hash__ = object.__hash__
n = Never()
print("identity wins over __eq__:", (n,) == (n,), [n] == [n], n in [n], [n].count(n), [n].index(n))
print("but direct ==:", n == n)
log = []
class Loud:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        log.append(("eq", self.v, other.v))
        return self.v == other.v
    def __lt__(self, other):
        log.append(("lt", self.v, other.v))
        return self.v < other.v
x = (Loud(1), Loud(2), Loud(3))
y = (Loud(1), Loud(5), Loud(0))
print("tuple <:", x < y, log)
log.clear()
print("different lengths still compare leading elements:", (Loud(1),) == (Loud(1), Loud(2)), log)
log.clear()
print("list ==:", [Loud(1), Loud(2)] == [Loud(1), Loud(3)], log)
print("dict values identity:", {"k": nan} == {"k": nan}, {"k": n} == {"k": n})
