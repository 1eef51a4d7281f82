# description: string.Formatter reproduces str.format and exposes parse, get_field, format_field and convert_field hooks
# features: [string, formatting]
# expect: output

import string

f = string.Formatter()
print(f.format("{0}-{1:>5}-{name!r}", 1, "ab", name="n"))
print("vformat:", f.vformat("{a[0]}.{b.real}", (), {"a": [7], "b": 3}))
print("parse:", list(f.parse("x{0:>3}y{name!r}z{{lit}}")))
print("parse tail:", list(f.parse("plain")))
print("get_field:", f.get_field("a[1].imag", (), {"a": [0, 2 + 3j]}))
print("format_field:", f.format_field(3.14159, ".2f"))
print("convert_field:", f.convert_field("s", "r"), f.convert_field("é", "a"))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
print("override:", Upper().format("{} and {:x}", "abc", 255))
class Defaulting(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, f"<{key}>")
        return super().get_value(key, args, kwargs)
print("get_value:", Defaulting().format("{a} {b} {0}", "pos", a=1))
try:
    f.format("{0} {}", 1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    f.format("{x}")
except KeyError as e:
    print("KeyError:", e)
print("nested spec:", f.format("{0:{1}}", 42, ">6"))
