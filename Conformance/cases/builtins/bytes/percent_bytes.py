# description: printf-style % formatting on bytes and bytearray: %s/%b buffers, %a/%r, %c, numbers, errors
# features: [builtins, bytes, formatting]
# expect: output

def show(fmt, args):
    try:
        print(repr(fmt), "->", repr(fmt % args))
    except Exception as e:
        print(repr(fmt), "!", type(e).__name__ + ":", e)

show(b"%s|%b", (b"x", bytearray(b"y")))
show(b"%s", (memoryview(b"mv"),))
show(b"%s", ("str",))
show(b"%s", (5,))
show(b"%a %r", ("\u00e9", b"q"))
show(b"%d %5.2f %x %#o %e", (7, 2.5, 255, 8, 12.5))
show(b"%c%c", (65, b"B"))
show(b"%c", (256,))
show(b"%c", (b"ab",))
show(b"%c", ("a",))
show(b"%(k)s %(n)d", {b"k": b"v", b"n": 3})
show(b"%(k)s", {"k": b"v"})
show(b"%-5s|%5s", (b"ab", b"cd"))
show(b"%.1s", (b"abc",))
show(b"100%%", ())
show(b"%s %s", (b"a",))
show(bytearray(b"%s-%s"), (b"a", b"b"))
class HasBytes:
    def __bytes__(self):
        return b"dunder"
show(b"%s", (HasBytes(),))
print("result type:", type(bytearray(b"%d") % 1).__name__, type(b"%d" % 1).__name__)
try:
    b"{}".format
except AttributeError as e:
    print("no bytes.format ! AttributeError:", e)
