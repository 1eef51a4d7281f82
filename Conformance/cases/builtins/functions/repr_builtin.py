# description: repr() of builtin values and containers, recursion markers, and repr vs str differences
# features: [builtins, str]
# expect: output
values = [1, -0.0, 1e16, 2j, "s", "it's", b"b", bytearray(b"x"), None, True, ..., NotImplemented,
          [1, [2]], (1,), (), {"k": (1, 2)}, {1}, set(), frozenset({2}), range(3), range(1, 9, 2),
          slice(1, None), int, type, object, len, Exception("msg"), ValueError("a", 2), KeyError("k"),
          StopIteration(), [None, "", b""]]
for v in values:
    print(repr(v), "|", str(v))
l = [1]
l.append(l)
d = {}
d["d"] = d
d["l"] = l
print("recursive:", repr(d))
t = ([],)
t[0].append(t)
print("tuple recursion:", repr(t))
s = set()
class Holder:
    def __init__(self):
        self.ref = None
    def __repr__(self):
        return "Holder(%r)" % (self.ref,)
    __hash__ = object.__hash__
h = Holder()
s.add(h)
print("custom repr in set:", repr(s))
print("repr(repr):", repr(repr("x")))
print("str of nested str uses repr:", str(["a", ("b",)]))
print("exception args repr:", repr(OSError(2, "No such file")), str(OSError(2, "No such file")))
