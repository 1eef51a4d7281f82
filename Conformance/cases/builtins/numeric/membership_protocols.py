# description: `in` uses __contains__, else __iter__, else __getitem__ with IndexError; results coerced to bool
# features: [builtins, operators, iterators]
# expect: output
class WithContains:
    def __contains__(self, x):
        return x == "yes"
class ContainsReturnsInt:
    def __contains__(self, x):
        return 5
class IterOnly:
    def __iter__(self):
        return iter([1, 2, 3])
class GetitemOnly:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
class Nothing:
    pass
print("__contains__:", "yes" in WithContains(), "no" in WithContains(), "yes" not in WithContains())
print("__contains__ result coerced:", 1 in ContainsReturnsInt(), type(1 in ContainsReturnsInt()).__name__)
print("__iter__ fallback:", 2 in IterOnly(), 5 in IterOnly())
print("__getitem__ fallback:", 20 in GetitemOnly(), 25 in GetitemOnly())
try:
    1 in Nothing()
except TypeError as e:
    print("no protocol ! TypeError:", e)
class ContainsNone:
    __contains__ = None
    def __iter__(self):
        return iter([1])
try:
    1 in ContainsNone()
except TypeError as e:
    print("__contains__ = None ! TypeError:", e)
calls = []
class Tracked:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        calls.append(self.v)
        return self.v == other
print("stops at first match:", 2 in [Tracked(1), Tracked(2), Tracked(3)], calls)
print("str in str is substring:", "bc" in "abcd", "" in "x", "x" in "")
try:
    1 in "abc"
except TypeError as e:
    print("int in str ! TypeError:", e)
print("bytes membership:", 98 in b"abc", b"bc" in b"abc", b"" in b"")
print("dict membership tests keys:", 1 in {1: "a"}, "a" in {1: "a"})
try:
    [] in {1: 2}
except TypeError as e:
    print("unhashable in dict ! TypeError:", e)
print("unhashable in list ok:", [] in [[]])
print("range membership:", 3 in range(0, 10, 3), 3.0 in range(4), "3" in range(4))
