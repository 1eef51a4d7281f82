# description: format() dispatch to __format__, object.__format__ rejecting non-empty specs, f-string conversions
# features: [builtins, formatting, classes]
# expect: output

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "F"
        return format(self.c, spec) + "C"
    def __str__(self):
        return "Temp(%s)" % self.c
class Plain:
    def __str__(self):
        return "plain"
class BadFormat:
    def __format__(self, spec):
        return 123
t = Temp(100)
show("format(t)", lambda: format(t))
show("format(t, '.1F')", lambda: format(t, ".1F"))
show("f'{t:>6}'", lambda: f"{t:>6}")
show("f'{t!s:>12}'", lambda: f"{t!s:>12}")
show("'{:.2F}'.format", lambda: "{:.2F}".format(t))
show("format(Plain())", lambda: format(Plain()))
show("format(Plain(), '')", lambda: format(Plain(), ""))
show("format(Plain(), '>10')", lambda: format(Plain(), ">10"))
show("f'{Plain():>10}'", lambda: f"{Plain():>10}")
show("f'{Plain()!s:>10}'", lambda: f"{Plain()!s:>10}")
show("format(object(), 'x')", lambda: format(object(), "x"))
show("BadFormat", lambda: format(BadFormat()))
show("list spec", lambda: format([1, 2], ">10"))
show("list empty spec", lambda: format([1, 2], ""))
show("None spec", lambda: format(None, "^6"))
show("tuple f-string", lambda: f"{(1, 2)}")
show("nested f-string spec", lambda: f"{3.14159:{'.'}{2}f}")
show("f-string = ", lambda: f"{1 + 1 = }")
show("f-string =!r", lambda: f"{'a'=!s:>4}")
show("type.__format__", lambda: format(int, ""))
show("int subclass __format__", lambda: format(type("I", (int,), {"__format__": lambda self, s: "I" + s})(5), "x"))
show("bool spec d", lambda: format(True, "^5d"))
show("bool spec s", lambda: format(True, "s"))
