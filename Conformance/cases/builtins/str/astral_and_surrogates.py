# description: astral characters are one code point everywhere; lone surrogates round-trip through surrogateescape and surrogatepass
# features: [builtins, str, unicode, bytes]
# expect: output

def show(label, f):
    try:
        print(label, ascii(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

s = "a\U0001F600b\U00010348c"
show("len/index", lambda: (len(s), s[1], s[3], s[-1], s[1:4], s[::-1], s[::2]))
show("find/rfind/index", lambda: (s.find("b"), s.find("\U00010348"), s.rfind("\U0001F600"), s.index("c")))
show("find halves", lambda: (s.find("\ud83d"), s.find("\ude00"), "\ud83d" in s, "\ude00" in s, s.count("\ud800")))
show("count", lambda: (s.count("\U0001F600"), s.count(""), s.count("", 2), s.count("b", 1, 3)))
show("split", lambda: (s.split("\U0001F600"), s.rsplit("\U00010348", 1), s.partition("\U0001F600")))
show("strip", lambda: ("\U0001F600x\U0001F600".strip("\U0001F600"), "\U0001F600x".lstrip("\ud83d"), "x\U0001F600".rstrip("\ude00")))
show("replace", lambda: (s.replace("\U0001F600", "!"), "\U0001F600".replace("\ud83d", "?"), s.replace("", "|", 3)))
show("startswith", lambda: (s.startswith("a\U0001F600"), s.startswith("\U0001F600", 1), s.endswith("c", 4), s.startswith("\ud83d", 1)))
show("removeprefix", lambda: ("\U0001F600x".removeprefix("\ud83d"), "x\U0001F600".removesuffix("\ude00"), "\U0001F600x".removeprefix("\U0001F600")))
show("pad", lambda: (s.center(9, "*"), "\U0001F600".ljust(3, "\U00010348"), s.zfill(7), format(s, "_^9"), "%7s|" % s))
show("iterate", lambda: [hex(ord(c)) for c in s])
show("compare", lambda: sorted(["\uffff", "\U00010000", "\ue000", "\ud7ff", "z", "\U0010ffff"]))
show("chr/ord", lambda: (ord("\U0001F600"), chr(0x1F600) == "\U0001F600", len(chr(0x10FFFF))))
show("upper/title", lambda: ("\U00010428\U00010429".upper(), "\U00010400x".lower(), "\U0001D400".isalpha(), "\U0001D7CE".isdigit()))
show("utf-16", lambda: ("\U0001F600".encode("utf-16-le"), b"=\xd8\x00\xde".decode("utf-16-le") == "\U0001F600"))
show("utf-32", lambda: ("\U0001F600".encode("utf-32-be"), len("a\U0001F600".encode("utf-32"))))
data = b"ok\xff\xfe\x80end"
text = data.decode("utf-8", "surrogateescape")
show("surrogateescape decode", lambda: (text, len(text)))
show("surrogateescape encode", lambda: text.encode("utf-8", "surrogateescape") == data)
show("surrogateescape latin-1", lambda: "\udcff\udc80".encode("latin-1", "surrogateescape"))
show("surrogateescape ascii decode", lambda: b"a\x80".decode("ascii", "surrogateescape"))
show("surrogateescape not low", lambda: "\ud800".encode("utf-8", "surrogateescape"))
show("strict lone", lambda: "x\udcffy".encode("utf-8"))
show("surrogatepass", lambda: ("\udfff\ud800".encode("utf-8", "surrogatepass"), "\udc00".encode("utf-16-le", "surrogatepass")))
show("surrogatepass decode", lambda: (b"\xed\xb2\x80".decode("utf-8", "surrogatepass"), b"\x00\xdc".decode("utf-16-le", "surrogatepass")))
show("lone repr", lambda: (repr("\ud800"), repr("a\udcffb"), "\udc80".isprintable(), len("\udc80")))
show("lone replace", lambda: ("a\ud800b".encode("utf-8", "replace"), "a\ud800b".encode("utf-8", "backslashreplace"), "a\ud800b".encode("ascii", "xmlcharrefreplace")))
show("lone utf-16", lambda: "\ud800".encode("utf-16"))
show("decode truncated pair", lambda: b"=\xd8".decode("utf-16-le"))
show("decode lone low", lambda: b"\x00\xdc".decode("utf-16-le", "replace"))
show("hash equal", lambda: hash("\U0001F600" + "x") == hash("\U0001F600x"))
