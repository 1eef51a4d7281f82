# description: all()/any() short-circuit on iterators, empty iterables, truthiness protocol and errors
# features: [builtins, iterators]
# expect: output
print("empty:", all([]), any([]), all(()), any(""))
print("basic:", all([1, "x", [0]]), all([1, 0]), any([0, "", None, 0.1]), any([0, "", None]))
consumed = []
def gen(values):
    for v in values:
        consumed.append(v)
        yield v
print("all stops at first false:", all(gen([1, 2, 0, 3, 4])), consumed)
consumed.clear()
print("any stops at first true:", any(gen([0, 0, 5, 0])), consumed)
it = iter([1, 0, 2, 0, 3])
print("shared iterator:", any(x == 0 for x in it), list(it))
class Truth:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        consumed.append("bool:%s" % self.v)
        return self.v
consumed.clear()
print("uses __bool__:", all([Truth(True), Truth(False), Truth(True)]), consumed)
class Boom:
    def __bool__(self):
        raise ValueError("bool failed")
try:
    any([0, Boom()])
except ValueError as e:
    print("propagates ! ValueError:", e)
try:
    all(5)
except TypeError as e:
    print("non-iterable ! TypeError:", e)
print("returns bool:", type(all([1])).__name__, any([[1]]))
print("strings:", all("abc"), any(["", ""]), all(["", "x"]))
print("dict keys:", all({0: "x"}), any({0: "x", 1: "y"}))
