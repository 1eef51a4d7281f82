# description: bytes/bytearray comparisons, ordering, hashing and concatenation/repetition results across types
# features: [builtins, bytes, hashing]
# expect: output
print("ordering:", b"a" < b"b", b"ab" < b"abc", b"" < b"\x00", b"\xff" > b"\x7f", bytearray(b"a") < b"b")
print("equality:", b"x" == bytearray(b"x"), bytearray(b"x") == b"x", b"x" == memoryview(b"x"), b"1" == 1)
print("hash:", hash(b"abc") == hash(b"abc"), hash(b"") == hash(bytes()))
print("bytes dict key found by equal bytes:", {b"k": 1}[bytes([107])])
try:
    {b"k": 1}[bytearray(b"k")]
except TypeError as e:
    print("bytearray key lookup ! TypeError:", e)
print("concat types:", type(b"a" + b"b").__name__, type(bytearray() + b"").__name__, type(b"" + bytearray()).__name__,
      type(b"" + memoryview(b"x")).__name__)
try:
    b"a" + "b"
except TypeError as e:
    print("bytes + str ! TypeError:", e)
try:
    "a" + b"b"
except TypeError as e:
    print("str + bytes ! TypeError:", e)
print("repeat:", b"ab" * 3, 0 * b"ab", bytearray(b"x") * 2, b"ab" * -1)
print("min/max/sorted:", min(b"hello"), max(b"hello"), sorted(b"cab"), bytes(sorted(b"cab")))
try:
    b"a" < "b"
except TypeError as e:
    print("bytes < str ! TypeError:", e)
print("in:", b"ab" in bytearray(b"cab"), bytearray(b"ab") in b"cab", memoryview(b"b") in b"ab")
