# description: bytes methods mirroring str (split, strip, find, replace, join, case, justify) with bytes-only rules
# features: [builtins, bytes]
# expect: output

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

b = b"  Hello, World  "
show("split()", lambda: b.split())
show("split(b',')", lambda: b.split(b","))
show("rsplit(None,1)", lambda: b.rsplit(None, 1))
show("strip", lambda: (b.strip(), b.lstrip(), b.rstrip(b" dl")))
show("find/index", lambda: (b.find(b"o"), b.find(111), b.rfind(b"o"), b.index(b"W"), b.count(b"l"), b.count(108)))
show("find 256", lambda: b.find(256))
show("find str", lambda: b.find("o"))
show("in int", lambda: (72 in b, 0 in b, b"lo" in b))
show("in 300", lambda: 300 in b)
show("in str", lambda: "H" in b)
show("replace", lambda: b.replace(b"l", b"L", 2))
show("join", lambda: b"-".join([b"a", bytearray(b"b"), memoryview(b"c")]))
show("join str item", lambda: b"-".join([b"a", "b"]))
show("case", lambda: (b"aBc\xe9".upper(), b"aBc".lower(), b"hello world".title(), b"aB".swapcase(), b"abc".capitalize()))
show("is*", lambda: (b"abc".isalpha(), b"a1".isalnum(), b"12".isdigit(), b" \t".isspace(), b"Ab".istitle(),
                     b"\xe9".isalpha(), b"".isascii(), b"\x80".isascii(), b"ABC".isupper(), b"abc".islower()))
show("justify", lambda: (b"ab".center(6, b"*"), b"ab".ljust(4), b"ab".rjust(4, b"0"), b"-5".zfill(4)))
show("center fill str", lambda: b"ab".center(6, "*"))
show("partition", lambda: (b"a=b=c".partition(b"="), b"a=b=c".rpartition(b"=")))
show("startswith", lambda: (b.startswith(b"  H"), b.endswith((b"x", b"  ")), b"abc".startswith(b"b", 1)))
show("startswith str", lambda: b"abc".startswith("a"))
show("expandtabs", lambda: b"a\tb".expandtabs(4))
show("splitlines", lambda: b"a\nb\r\nc\rd".splitlines(True))
show("removeprefix", lambda: (b"prefix-body".removeprefix(b"prefix-"), b"x.py".removesuffix(b".py")))
show("methods on bytearray return bytearray", lambda: (type(bytearray(b"a b").split()[0]).__name__, type(bytearray(b"ab").upper()).__name__))
show("decode", lambda: (b"caf\xc3\xa9".decode(), b"\xe9".decode("latin-1")))
show("isdigit non-ascii", lambda: "\u0663".encode().isdigit())
