# description: implementing the abstract methods of Sequence, MutableMapping and Set yields working mixin methods
# features: [abc, collections, classes]
# expect: output

from collections.abc import Sequence, MutableMapping, Set, MutableSequence

class Squares(Sequence):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i

s = Squares(5)
print("iter:", list(s), "reversed:", list(reversed(s)))
print("contains:", 9 in s, 10 in s)
print("index/count:", s.index(16), s.count(4))
try:
    s.index(7)
except ValueError as e:
    print("ValueError:", type(e).__name__)
print("slice:", s[1:4])

class Store(MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k.lower()]
    def __setitem__(self, k, v):
        self._d[k.lower()] = v
    def __delitem__(self, k):
        del self._d[k.lower()]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)

st = Store()
st.update({"A": 1}, B=2)
print("update/get:", st["a"], st.get("B"), st.get("zz", 0))
print("setdefault:", st.setdefault("C", 3), st.setdefault("c", 99))
print("pop:", st.pop("A"), st.pop("nope", "dflt"))
print("keys/items:", list(st.keys()), list(st.items()))
print("popitem:", st.popitem(), len(st))
print("eq with dict:", st == {"c": 3}, "in:", "C" in st)
st.clear()
print("clear:", len(st))

class Bits(Set):
    def __init__(self, it=()):
        self._s = sorted(set(it))
    def __contains__(self, x):
        return x in self._s
    def __iter__(self):
        return iter(self._s)
    def __len__(self):
        return len(self._s)
a, b = Bits([1, 2, 3]), Bits([3, 4])
print("and/or/sub/xor:", list(a & b), list(a | b), list(a - b), list(a ^ b))
print("result type:", type(a | b).__name__)
print("isdisjoint:", a.isdisjoint([7]), "le:", Bits([1]) <= a, "eq:", a == {1, 2, 3})

class Incomplete(MutableSequence):
    def __getitem__(self, i): ...
    def __len__(self): ...
try:
    Incomplete()
except TypeError as e:
    print("TypeError: missing", sorted(Incomplete.__abstractmethods__))
