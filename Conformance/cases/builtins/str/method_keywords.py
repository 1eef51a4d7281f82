# description: which str methods accept keyword arguments and the exact errors for those that are positional-only
# features: [builtins, str]
# min-version: 3.13
# expect: output

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

s = "a,b,c\td"
show("split(sep=, maxsplit=)", lambda: s.split(sep=",", maxsplit=1))
show("rsplit(maxsplit=)", lambda: s.rsplit(",", maxsplit=1))
show("splitlines(keepends=)", lambda: "x\ny".splitlines(keepends=True))
show("expandtabs(tabsize=)", lambda: s.expandtabs(tabsize=2))
show("encode(encoding=, errors=)", lambda: "\u00e9".encode(encoding="ascii", errors="replace"))
show("replace(count=)", lambda: "aaa".replace("a", "b", count=2))
show("find(sub=)", lambda: s.find(sub="b"))
show("startswith(prefix=)", lambda: s.startswith(prefix="a"))
show("strip(chars=)", lambda: s.strip(chars="a"))
show("center(width=)", lambda: s.center(width=10))
show("join(iterable=)", lambda: ",".join(iterable=["a"]))
show("count(x=)", lambda: s.count(x=","))
show("split unknown kw", lambda: s.split(separator=","))
show("format_map kw", lambda: "{a}".format_map(mapping={"a": 1}))
show("bytes.split(sep=)", lambda: b"a b".split(sep=b" "))
show("bytes.hex(sep=)", lambda: b"ab".hex(sep=":"))
show("bytes.decode(errors=)", lambda: b"\xff".decode(errors="replace"))
show("list.index(value=)", lambda: [1].index(value=1))
show("dict.get(key=)", lambda: {}.get(key=1))
show("dict.pop(default=)", lambda: {}.pop(1, default=2))
show("int.to_bytes(length=, byteorder=, signed=)", lambda: (5).to_bytes(length=2, byteorder="little", signed=True))
show("round(number=, ndigits=)", lambda: round(number=2.567, ndigits=1))
show("sorted(iterable=)", lambda: sorted(iterable=[2, 1]))
show("int(x=)", lambda: int(x="5"))
