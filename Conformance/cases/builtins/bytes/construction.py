# description: bytes()/bytearray() construction from ints, iterables, str+encoding, buffers and their errors
# features: [builtins, bytes]
# expect: output

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

for T in (bytes, bytearray):
    n = T.__name__
    show(n + "()", lambda: T())
    show(n + "(3)", lambda: T(3))
    show(n + "(0)", lambda: T(0))
    show(n + "(-1)", lambda: T(-1))
    show(n + "([65, 66])", lambda: T([65, 66]))
    show(n + "(range)", lambda: T(range(97, 100)))
    show(n + "(gen)", lambda: T(x * 2 for x in range(3)))
    show(n + "([256])", lambda: T([256]))
    show(n + "([-1])", lambda: T([-1]))
    show(n + "(['a'])", lambda: T(["a"]))
    show(n + "('abc')", lambda: T("abc"))
    show(n + "('é', 'utf-8')", lambda: T("\u00e9", "utf-8"))
    show(n + "('é', 'ascii')", lambda: T("\u00e9", "ascii"))
    show(n + "('é', 'ascii', 'ignore')", lambda: T("\u00e9x", "ascii", "ignore"))
    show(n + "(b'x', 'utf-8')", lambda: T(b"x", "utf-8"))
    show(n + "(5, 'utf-8')", lambda: T(5, "utf-8"))
    show(n + "(memoryview)", lambda: T(memoryview(b"mv")))
    show(n + "(bytearray)", lambda: T(bytearray(b"ba")))
    show(n + "(1.5)", lambda: T(1.5))
    show(n + "(None)", lambda: T(None))
class Idx:
    def __index__(self):
        return 66
class HasBytes:
    def __bytes__(self):
        return b"custom"
class BadBytes:
    def __bytes__(self):
        return "no"
show("bytes([Idx()])", lambda: bytes([Idx()]))
show("bytes(Idx()) len", lambda: len(bytes(Idx())))
show("bytes(HasBytes())", lambda: bytes(HasBytes()))
show("bytearray(HasBytes())", lambda: bytearray(HasBytes()))
show("bytes(BadBytes())", lambda: bytes(BadBytes()))
show("bytes.fromhex", lambda: bytes.fromhex("de ad BE EF"))
show("bytearray.fromhex", lambda: bytearray.fromhex("0a0b"))
show("literal concat", lambda: b"a" b"b" + bytes(1))
show("is immutable", lambda: bytes(b"x") is not None and isinstance(b"", bytes) and not isinstance(bytearray(), bytes))
