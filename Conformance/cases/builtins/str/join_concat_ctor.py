# description: str.join type errors, concatenation errors, str() of objects and bytes, __str__/__repr__ contracts
# features: [builtins, str]
# expect: output

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

show("join list", lambda: ", ".join(["a", "b", "c"]))
show("join gen", lambda: "-".join(str(i) for i in range(5)))
show("join dict keys", lambda: "".join({"x": 1, "y": 2}))
show("join str", lambda: "|".join("abc"))
show("join empty", lambda: "x".join([]))
show("join single", lambda: "x".join(["only"]))
show("join int item", lambda: ", ".join(["a", 2, "c"]))
show("join bytes item", lambda: "".join([b"a"]))
show("join non-iterable", lambda: "".join(5))
show("str + int", lambda: "a" + 1)
show("int + str", lambda: 1 + "a")
show("str * float", lambda: "a" * 2.0)
show("str - str", lambda: "a" - "b")
show("str(b'ab')", lambda: str(b"ab"))
show("str(b'ab', 'ascii')", lambda: str(b"ab", "ascii"))
show("str(b'\\xff', 'utf-8')", lambda: str(b"\xff", "utf-8"))
show("str(b'\\xff', 'utf-8', 'replace')", lambda: str(b"\xff", "utf-8", "replace"))
show("str('x', 'utf-8')", lambda: str("x", "utf-8"))
show("str(object=5)", lambda: str(object=5))
show("str(encoding only)", lambda: str(b"hi", encoding="latin-1"))
show("str()", lambda: str())
class S:
    def __str__(self): return "str-form"
    def __repr__(self): return "repr-form"
class OnlyRepr:
    def __repr__(self): return "<only repr>"
class BadStr:
    def __str__(self): return 42
class BadRepr:
    def __repr__(self): return None
class StrSub(str):
    pass
class ReturnsSub:
    def __str__(self): return StrSub("sub")
show("str(S)", lambda: str(S()))
show("repr(S)", lambda: repr(S()))
show("f-string S", lambda: f"{S()} {S()!r}")
show("list of S", lambda: str([S()]))
show("str falls back to repr", lambda: str(OnlyRepr()))
show("bad __str__", lambda: str(BadStr()))
show("bad __repr__", lambda: repr(BadRepr()))
show("str subclass result type", lambda: type(str(ReturnsSub())).__name__)
show("str(StrSub) type", lambda: type(str(StrSub("q"))).__name__)
show("StrSub methods return str", lambda: type(StrSub("ab").upper()).__name__)
show("str of containers", lambda: (str((1, "a")), str({"k": "v"}), str({1.5}), str([None, True])))
