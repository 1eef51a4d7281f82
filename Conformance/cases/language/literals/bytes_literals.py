# description: bytes literal forms, escapes, indexing yielding ints, and bytes/str mixing errors
# features: [literals, bytes]
# expect: output

b = b"hello"
print(b, B"X", b'single', b"""triple""", br"\n raw", rb"\d")
print("index gives int:", b[0], b[-1], "slice gives bytes:", b[1:3])
print("escapes:", b"\x00\xff\n\t\\", len(b"\x00\xff"), list(b"\x01\x7f\x80"))
print("repr chooses quotes:", repr(b"it's"), repr(b'say "hi"'), repr(b"both ' \""))
print("iteration:", [c for c in b"AZ"], list(reversed(b"ab")))
print("concat/repeat:", b"ab" + b"cd", b"ab" * 2, b"a" b"b")
print("membership:", 104 in b, b"ell" in b, b"x" not in b)
print("bytearray:", bytearray(b"abc"), bytearray(b"abc")[0])
print("comparison:", b"abc" < b"abd", b"a" == b"a", b"a" == "a")
print("from list:", bytes([72, 105]), bytes(3), bytes("é", "utf-8"))
print("decode:", b"caf\xc3\xa9".decode("utf-8"), "café".encode("utf-8"))
print("hex:", b"\xde\xad".hex(), bytes.fromhex("de ad be ef"))

# non-ASCII characters are not allowed in bytes literals
try:
    compile('b"é"', "<s>", "eval")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

# mixing bytes and str
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" + b"b"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" in b"abc"
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    bytes("text")
except TypeError as e:
    print("TypeError:", e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print("TypeError:", e)
print("str of bytes:", str(b"x"), f"{b'y'}")
