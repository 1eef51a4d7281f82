# description: str.encode / bytes.decode with every standard error handler and exact Unicode error messages
# features: [builtins, str, bytes, unicode]
# expect: output

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

s = "a\u00e9\u20ac\U0001F600"
for enc in ["utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "latin-1", "ascii", "cp1252"]:
    for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
        show(f"{enc}/{errors}", lambda: s.encode(enc, errors))
show("default encode", lambda: s.encode())
show("utf-16 with BOM length", lambda: len("ab".encode("utf-16")))
show("utf-8-sig", lambda: "x".encode("utf-8-sig"))
show("unknown codec", lambda: "x".encode("nope"))
show("unknown handler", lambda: "\u00e9".encode("ascii", "bogus"))
bad = b"ab\xff\xfecd\xc3"
for errors in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape"]:
    show(f"decode utf-8/{errors}", lambda: bad.decode("utf-8", errors))
show("surrogateescape round trip", lambda: bad.decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape") == bad)
show("encode lone surrogate", lambda: "\ud800".encode("utf-8"))
show("surrogatepass", lambda: "\ud800".encode("utf-8", "surrogatepass"))
show("decode surrogatepass", lambda: b"\xed\xa0\x80".decode("utf-8", "surrogatepass") == "\ud800")
show("decode overlong", lambda: b"\xc0\xaf".decode("utf-8"))
show("decode truncated", lambda: b"\xe2\x82".decode("utf-8"))
show("decode utf-16 odd", lambda: b"a\x00b".decode("utf-16-le"))
show("decode latin-1 all", lambda: bytes(range(250, 256)).decode("latin-1"))
show("decode ascii high", lambda: b"ok\x80".decode("ascii"))
show("decode cp1252 undefined", lambda: b"\x81".decode("cp1252"))
show("codec aliases", lambda: ["x".encode(e) for e in ["UTF8", "utf_8", "U8", "latin1", "iso-8859-1"]])
try:
    "\u20ac".encode("ascii")
except UnicodeEncodeError as e:
    print("attrs:", e.encoding, repr(e.object), e.start, e.end, e.reason)
try:
    b"\x80abc".decode("utf-8")
except UnicodeDecodeError as e:
    print("attrs:", e.encoding, repr(e.object), e.start, e.end, e.reason, isinstance(e, ValueError))
