# description: str methods on a str subclass return exact str (or the subclass object itself where CPython returns self)
# features: [builtins, str, classes]
# expect: output

class S(str):
    pass

s = S("hello")
def kind(x):
    if isinstance(x, (list, tuple)):
        return [kind(i) for i in x]
    return type(x).__name__

checks = {
    "upper": s.upper(), "strip": s.strip(), "zfill": s.zfill(3), "center": s.center(3),
    "ljust": s.ljust(9), "replace-miss": s.replace("x", "y"), "replace-hit": s.replace("l", "L"),
    "partition-miss": s.partition("x"), "partition-hit": s.partition("l"), "split-ws": s.split(),
    "split-sep": s.split("x"), "slice-all": s[:], "slice": s[1:3], "mul1": s * 1, "add-empty": s + "",
    "radd-empty": "" + s, "str()": str(s), "format": format(s, ""), "fstring": f"{s}",
    "getnewargs": s.__getnewargs__(), "mod": S("%s") % 1, "translate": s.translate({}),
    "removeprefix": s.removeprefix("x"), "iter": list(s)[:1], "join-one": "-".join([S("a")]),
    "expandtabs": s.expandtabs(), "casefold": s.casefold(), "encode": s.encode(),
}
for name, value in checks.items():
    print(name, kind(value), value == value)
print(s.partition("x")[0] is s, s.split()[0] is s, str(s) is s)
plain = "plain"
print(plain.strip() is plain, plain.replace("x", "y") is plain, plain[:] is plain, plain.split()[0] is plain,
      "-".join([plain]) is plain, plain.center(2) is plain, format(plain, "") is plain)

class R(str):
    def __str__(self):
        return "custom"
    def __mod__(self, other):
        return "mod:" + repr(other)
    def __rmod__(self, other):
        return "rmod:" + repr(other)
r = R("%s")
print(str(r), r % 1, "%s" % r, "{}".format(r), f"{r}", f"{r!s}")
print("%s" % (r,), "%r" % r, "x%sy" % R("z"))
