# description: str hash/equality semantics: equal content hashes equal, subclasses compare by content, interning not observable via ==
# features: [builtins, str, hashing]
# expect: output
a = "".join(["ab", "cd"])
b = "abcd"
print("equal and hash equal:", a == b, hash(a) == hash(b))
class S(str):
    def __hash__(self):
        return super().__hash__()
class Upper(str):
    def __eq__(self, other):
        return str.__eq__(self.upper(), other.upper()) if isinstance(other, str) else NotImplemented
    __hash__ = str.__hash__
s = S("key")
d = {"key": 1}
print("subclass instance finds str key:", d[s], s == "key", hash(s) == hash("key"))
d[S("key")] = 2
print("no duplicate key:", len(d), type(list(d)[0]).__name__)
u = Upper("abc")
print("custom __eq__:", u == "ABC", "ABC" == u, u != "abd")
print("reflected __eq__ from str side uses subclass first:", "ABC".__eq__(u), "ABC" == u)
print("empty string hash stable:", hash("") == hash(str()))
print("non-ASCII equality:", "\u00e9" == "e\u0301", "\u00e9" == "\xe9", len("e\u0301"))
print("str vs bytes never equal:", "a" == b"a", hash("a") == hash("a"))
print("dict with many similar strings:", len({("k%d" % i): i for i in range(1000)}))
keys = ["x" * n for n in range(50)]
print("lookup all:", all({k: i for i, k in enumerate(keys)}[k] == i for i, k in enumerate(keys)))
