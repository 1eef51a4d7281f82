# description: bytes.hex with separators, bytes.fromhex errors, and bytes/bytearray repr quoting and escapes
# features: [builtins, bytes]
# expect: output

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

data = bytes(range(0, 256, 17))
show("hex()", lambda: data.hex())
show("hex(':')", lambda: data.hex(":"))
show("hex('-', 2)", lambda: data.hex("-", 2))
show("hex('-', -2)", lambda: data.hex("-", -2))
show("hex(b' ', 3)", lambda: b"\x01\x02\x03\x04\x05".hex(b" ", 3))
show("hex(sep too long)", lambda: data.hex("::"))
show("hex non-ascii sep", lambda: data.hex("\u00e9"))
show("empty hex", lambda: b"".hex(":"))
show("bytearray hex", lambda: bytearray(b"\xff\x00").hex())
show("fromhex spaces", lambda: bytes.fromhex(" 01 0a\tff\n"))
show("fromhex odd", lambda: bytes.fromhex("abc"))
show("fromhex bad char", lambda: bytes.fromhex("zz"))
show("fromhex split byte", lambda: bytes.fromhex("a b"))
show("fromhex bytes arg", lambda: bytes.fromhex(b"ab"))
show("fromhex uppercase", lambda: bytes.fromhex("ABCDEF"))
for v in [b"", b"plain", b"it's", b'say "hi"', b"both ' and \"", b"\\", b"\t\n\r\x00\x7f\x80\xff", bytes(range(30, 35))]:
    print(repr(v), repr(bytearray(v)), ascii(v), str(v) == repr(v))
print("eval round trip:", all(eval(repr(bytes([i]))) == bytes([i]) for i in range(256)))
print("indexes yield ints:", b"abc"[0], b"abc"[-1], list(b"hi"), b"abc"[1:], b"abc"[::-1])
