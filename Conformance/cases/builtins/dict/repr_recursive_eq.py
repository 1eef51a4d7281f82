# description: dict repr (recursive {...}), equality semantics (values compared, nested), and unhashable values
# features: [builtins, dict]
# expect: output
d = {"name": "x"}
d["self"] = d
print("recursive repr:", d)
e = {1: [1, {2: None}]}
e[1][1][2] = e
print("nested recursion:", e)
print("repr of str keys/values:", {"it's": 'say "hi"', "\n": "\u00e9"})
print("repr of numeric keys:", {1.5: -0.0, 10**20: 1e20, 1j: None})
print("eq values:", {"a": [1, 2]} == {"a": [1, 2]}, {"a": 1} == {"a": 1.0}, {"a": 1} == {"a": "1"})
print("eq extra key:", {"a": 1} == {"a": 1, "b": 2}, {} == {})
print("ordering unsupported:", end=" ")
try:
    {} < {}
except TypeError as e:
    print("TypeError:", e)
nan = float("nan")
print("nan value identity:", {"k": nan} == {"k": nan}, {"k": nan} == {"k": float("nan")})
class AlwaysEq:
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__
print("values use __eq__:", {"a": AlwaysEq()} == {"a": 5})
print("dict != list of pairs:", {"a": 1} == [("a", 1)])
print("len/bool:", len(d), bool({}), bool({0: 0}))
print("str == repr:", str({"a": (1,)}) == repr({"a": (1,)}))
