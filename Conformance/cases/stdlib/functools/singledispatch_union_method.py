# description: singledispatch registers union annotations (3.11+) and singledispatchmethod dispatches on the first non-self argument
# features: [functools, classes]
# min-version: 3.11
# expect: output

from functools import singledispatch, singledispatchmethod

@singledispatch
def kind(x):
    return "other"

@kind.register
def _(x: int | float):
    return "number"

@kind.register(str | bytes)
def _(x):
    return "text"

for v in (1, 2.0, "s", b"b", None, [1]):
    print(repr(v), "->", kind(v))

class Fmt:
    @singledispatchmethod
    def fmt(self, arg):
        return f"generic {arg!r}"
    @fmt.register
    def _(self, arg: int):
        return f"int {arg:+d}"
    @fmt.register
    def _(self, arg: list):
        return "list " + ",".join(self.fmt(a) for a in arg)
    @singledispatchmethod
    @classmethod
    def cfmt(cls, arg):
        return f"{cls.__name__} generic"
    @cfmt.register
    @classmethod
    def _(cls, arg: int):
        return f"{cls.__name__} int"

f = Fmt()
print(f.fmt(5))
print(f.fmt("x"))
print(f.fmt([1, "y", 2]))
print(Fmt.cfmt(1), Fmt.cfmt("a"))
