# description: %-formatting argument bookkeeping: mappings, lists as single arguments, *, flags, precision and errors with indices in code points
# features: [builtins, str, bytes, formatting]
# expect: output

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

show("list is one argument", lambda: "%s" % [1, 2])
show("list unused", lambda: "hi" % [1])
show("dict unused", lambda: "hi" % {"a": 1})
show("int unused", lambda: "hi" % 5)
show("tuple unused", lambda: "hi" % (1,))
show("empty tuple", lambda: "hi" % ())
show("dict then key", lambda: "%s %(a)s" % {"a": "x"})
show("key then positional", lambda: "%(a)s %s" % {"a": "x"})
show("nested parens key", lambda: "%(a(b))s" % {"a(b)": 1})
show("star from key", lambda: "%(w)*d" % {"w": 3})
show("star then percent", lambda: "%*%" % (5,))
show("width percent", lambda: "%5%" % ())
show("zero string", lambda: ("%05s" % "ab", "%-05d" % 3, "%-+05d" % 3, "%05c" % "a"))
show("alternate", lambda: ("%#08x" % 255, "%#-8x|" % 255, "%+#8o" % 8, "%#X" % 255, "%#x" % -255, "%#.3o" % 5))
show("blank and sign", lambda: ("% 05d" % 5, "% d" % -5, "%+ d" % 5, "%+s" % "x", "% s" % "y"))
show("precision ints", lambda: ("%.3d" % 5, "%+.3x" % 5, "%8.3d|" % -5, "%-8.3d|" % 5))
show("floats", lambda: ("%05.1f" % -2.5, "%10.4f|" % 3.14159, "%-10.2e|" % 12345.678, "%G" % 1e-10, "%g" % 1e20, "%#g" % 1.0, "%.0f" % 2.5, "%+.2F" % float("inf")))
show("float from int", lambda: ("%f" % 3, "%e" % True))
show("float from str", lambda: "%f" % "1")
show("ints from floats", lambda: ("%d" % 3.9, "%i" % -0.5, "%u" % 7.2, "%d" % True, "%x" % True))
show("hex from float", lambda: "%x" % 1.5)
show("int from complex", lambda: "%d" % 1j)
show("char", lambda: ("%c" % 65, "%c" % "\u00e9", "%c" % 0x1F600, "%3c|" % "x", "%-3c|" % 120))
show("char float", lambda: "%c" % 1.5)
show("char range", lambda: "%c" % 0x110000)
show("char long str", lambda: "%c" % "ab")
show("repr ascii", lambda: ("%r" % "\u00e9", "%a" % "\u00e9", "%.3r" % "abcdef", "%5.2a|" % "\u00e9"))
show("width in code points", lambda: ("%5s|" % "\U0001F600", "%-4s|" % "\u4e2d\u6587", "%.1s" % "\U0001F600x"))
show("length modifiers", lambda: ("%ld %hd %Lf" % (1, 2, 3.0)))
show("double modifier", lambda: "%lld" % 1)
show("unsupported", lambda: "a\U0001F600%y" % 1)
show("unsupported non-ascii", lambda: "%\u00e9" % 1)
show("incomplete", lambda: "abc%" % ())
show("incomplete width", lambda: "%5" % 1)
show("incomplete key", lambda: "%(a" % {"a": 1})
show("key needs mapping", lambda: "%(a)s" % (1,))
show("star needs int", lambda: "%*d" % ("x", 1))
show("star precision", lambda: ("%.*f" % (2, 3.14159), "%.*s" % (-3, "abc")))
show("not enough", lambda: "%s %s" % ("x",))
show("too many", lambda: "%s" % ("x", "y"))
show("mapping too many", lambda: "%(a)s %s" % {"a": 1} if False else "%s%s" % {"a": 1})
show("bytes list", lambda: b"%s" % [b"x"])
show("bytes percent", lambda: (b"%5%" % ()) if False else b"100%%" % ())
show("bytes unsupported", lambda: b"%y" % 1)
show("bytes unsupported high", lambda: b"%\xff" % 1)
show("bytes char forms", lambda: (b"%c" % 65, b"%c" % b"x", b"%c" % bytearray(b"y"), b"%3c|" % 66))
show("bytes char errors", lambda: [type(e).__name__ for e in []] or b"%c" % b"xy")
show("bytes char range", lambda: b"%c" % 256)
show("bytes str arg", lambda: b"%s" % "x")
show("bytes repr", lambda: (b"%r" % "\u00e9", b"%a" % b"q", b"%b" % memoryview(b"mv"), b"%s" % bytearray(b"ba")))
show("bytes key", lambda: b"%(k)s" % {b"k": b"v"})
show("bytes key missing", lambda: b"%(k)s" % {"k": b"v"})
show("bytes too many", lambda: b"%s" % (b"a", b"b"))
show("bytearray result", lambda: bytearray(b"%d-%s") % (1, b"x"))
class B:
    def __bytes__(self):
        return b"dunder"
class BadB:
    def __bytes__(self):
        return "str"
show("bytes dunder", lambda: b"[%s]" % B())
show("bytes bad dunder", lambda: b"%s" % BadB())
class IndexOnly:
    def __index__(self):
        return 65
show("index only", lambda: ("%c" % IndexOnly(), "%x" % IndexOnly(), "%d" % IndexOnly(), b"%c" % IndexOnly()))
