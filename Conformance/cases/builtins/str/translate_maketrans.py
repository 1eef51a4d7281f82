# description: str.maketrans in its 1/2/3-argument forms and str.translate with deletion, mapping to str/int/None
# features: [builtins, str]
# expect: output

def show(label, f):
    try:
        r = f()
        print(label, repr(dict(sorted(r.items())) if isinstance(r, dict) else r))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

show("2-arg", lambda: str.maketrans("abc", "xyz"))
show("3-arg", lambda: str.maketrans("ab", "AB", "xyz"))
show("dict arg", lambda: str.maketrans({"a": "1", "b": None, 99: "C"}))
show("unequal len", lambda: str.maketrans("ab", "x"))
show("dict bad key", lambda: str.maketrans({"ab": "x"}))
show("1 non-dict", lambda: str.maketrans("abc"))
t = str.maketrans("abc", "xyz", "d")
show("translate", lambda: "abcdabcd".translate(t))
show("translate int map", lambda: "hello".translate({ord("l"): ord("L")}))
show("translate to longer", lambda: "a-b".translate({ord("-"): " -> "}))
show("translate delete None", lambda: "a1b2c3".translate({ord(c): None for c in "123"}))
show("translate astral", lambda: "x\U0001F600".translate({0x1F600: "[smile]"}))
show("translate to astral", lambda: "x".translate({ord("x"): 0x1F600}))
show("translate bad value", lambda: "x".translate({ord("x"): 1.5}))
show("translate out of range", lambda: "x".translate({ord("x"): 0x110000}))
class Lookup:
    def __getitem__(self, k):
        if k == ord("q"):
            raise LookupError
        return k + 1
show("translate __getitem__ + LookupError passthrough", lambda: "abq".translate(Lookup()))
show("translate list table", lambda: "\x00\x01\x02".translate(["A", "B"]))
show("bytes maketrans", lambda: bytes.maketrans(b"ab", b"AB")[97:99])
show("bytes translate delete", lambda: b"hello".translate(None, b"l"))
show("bytes translate table", lambda: b"abc".translate(bytes.maketrans(b"abc", b"xyz")))
show("bytes bad table", lambda: b"abc".translate(b"short"))
