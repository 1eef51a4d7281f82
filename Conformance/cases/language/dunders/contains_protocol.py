# description: the in operator uses __contains__, then __iter__, then __getitem__, and coerces results to bool
# features: [operators, iterators, classes]
# expect: output

class WithContains:
    def __contains__(self, item):
        return item == "magic"
print("contains:", "magic" in WithContains(), "other" in WithContains(), "other" not in WithContains())

class Truthy:
    def __contains__(self, item):
        return "non-empty string"
print("result coerced to bool:", 1 in Truthy())

class WithIter:
    def __init__(self):
        self.seen = []
    def __iter__(self):
        for v in [1, 2, 3, 4]:
            self.seen.append(v)
            yield v
w = WithIter()
print("via iter:", 2 in w, "stopped early:", w.seen)
w2 = WithIter()
print("missing via iter:", 9 in w2, w2.seen)

class WithGetitem:
    def __getitem__(self, i):
        if i > 4:
            raise IndexError
        return i * i
print("via getitem:", 9 in WithGetitem(), 10 in WithGetitem())

class Nothing:
    pass
try:
    1 in Nothing()
except TypeError as e:
    print("TypeError:", e)

class NoContains:
    __contains__ = None
    def __iter__(self):
        return iter([1])
try:
    1 in NoContains()
except TypeError as e:
    print("TypeError:", e)

# membership uses identity before equality
class NeverEqual:
    def __eq__(self, other):
        return False
n = NeverEqual()
print("identity first:", n in [n], n in (n,), NeverEqual() in [n])
nan = float("nan")
print("nan:", nan in [nan], float("nan") in [nan], nan == nan)

# builtin containers
print("str substring:", "ell" in "hello", "" in "abc")
print("dict keys:", "a" in {"a": 1}, 1 in {"a": 1})
print("range:", 5 in range(0, 10, 5), 6 in range(0, 10, 5), 5.0 in range(10))
try:
    [1] in {1: 2}
except TypeError as e:
    print("TypeError:", e)
try:
    1 in "abc"
except TypeError as e:
    print("TypeError:", e)

# iterator is consumed by in
it = iter([1, 2, 3, 4])
print("in consumes:", 2 in it, list(it))
