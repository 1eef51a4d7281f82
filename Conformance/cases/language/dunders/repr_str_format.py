# description: repr/str/format dispatch, fallbacks between them, format specs and non-str return errors
# features: [classes, formatting, str]
# expect: output

class OnlyRepr:
    def __repr__(self): return "OnlyRepr()"
class OnlyStr:
    def __str__(self): return "only str"
class Both:
    def __repr__(self): return "Both<repr>"
    def __str__(self): return "Both<str>"
    def __format__(self, spec): return f"Both<format {spec!r}>"

print("str falls back to repr:", str(OnlyRepr()), f"{OnlyRepr()}")
print("repr does not use str:", repr(OnlyStr()).startswith("<__main__.OnlyStr object at "))
b = Both()
print("print uses str:", b)
print("f-string uses format:", f"{b}", f"{b:>10}", f"{b!r}", f"{b!s}")
print("format():", format(b, "x"), format(b))
print("containers use repr:", [b], (b,), {"k": b})
print("str.format:", "{0} {0!r} {0:spec}".format(b))
print("%-format:", "%s %r" % (b, b))

# default __format__ rejects non-empty specs
try:
    format(OnlyRepr(), "10")
except TypeError as e:
    print("TypeError:", e)
print("empty spec ok:", format(OnlyRepr(), ""))

# __repr__ / __str__ returning non-strings
class BadRepr:
    def __repr__(self): return 42
class BadStr:
    def __str__(self): return None
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)

# str subclass returned from __str__ is accepted
class S(str): pass
class ReturnsSub:
    def __str__(self): return S("sub")
print("str subclass:", str(ReturnsSub()), type(str(ReturnsSub())).__name__)

# builtin __format__ specs through the protocol
print("int:", format(255, "08b"), format(255, "#x"), format(1234567, ",d"), format(-5, "+05d"))
print("float:", format(3.14159, ".2f"), format(1e6, ".3e"), format(0.25, "%"), format(2.5, "g"))
print("str:", format("ab", "*^6"), format("abc", ".2"), format("x", "<3") + "|")

# repr of recursive containers
lst = [1]
lst.append(lst)
d = {}
d["self"] = d
print("recursive:", lst, d)

# ascii() escapes non-ASCII in repr
class U:
    def __repr__(self): return "ü→"
print("ascii:", ascii(U()), ascii("é"), repr("é"))
