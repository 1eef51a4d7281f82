# description: str.format field names (auto/manual numbering, attributes, items), conversions, nested specs, braces
# features: [builtins, str, formatting]
# expect: output

def show(fmt, *args, **kwargs):
    try:
        print(repr(fmt), "->", repr(fmt.format(*args, **kwargs)))
    except Exception as e:
        print(repr(fmt), "!", type(e).__name__ + ":", e)

class P:
    x = 3
    y = [10, 20]
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"
show("{} {} {}", 1, 2, 3)
show("{1} {0} {1}", "a", "b")
show("{} {1}", "a", "b")
show("{0} {}", "a", "b")
show("{name} {0}", 5, name="n")
show("{}", )
show("{5}", 1)
show("{missing}", 1)
show("{0.x} {0.y[1]} {0.y}", P())
show("{p.x}", p=P())
show("{0.nope}", P())
show("{0[key]} {0[1]}", {"key": "v", 1: "int-key", "1": "str-key"})
show("{0[0]}", "xyz")
show("{0[-1]}", [1, 2])
show("{0[a]}", [1])
show("{!r} {!s} {!a}", P(), P(), "\u00e9")
show("{0!r:>6}", "x")
show("{!x}", 1)
show("{0:{1}}", 3.14159, ".2f")
show("{:{}.{}f}", 2.5, 8, 3)
show("{:{fill}{align}{width}}", "c", fill="*", align="^", width=7)
show("{:{w}}", "x", w=4)
show("{{}} {{{0}}}", "in")
show("{", 1)
show("}", 1)
show("{0:{1:{2}}}", 1, 2, 3)
show("{0:}", "empty-spec")
show("{0!}", 1)
show("{:%Y}", 1)
show("{0[0]:^7}", ["ab"])
show("{.real}", 3)
show("{[x]}", {"x": "dict"})
show("{0:>{1}}", "r", 5)
show("{0}{0}{0}", "ab")
show("{:,} {:_x} {:#o}", 1234567, 0xABCDEF, 8)
print("format_map:", "{a} {b}".format_map({"a": 1, "b": 2}))
class Missing(dict):
    def __missing__(self, k):
        return "?" + k
print("format_map __missing__:", "{a} {zz}".format_map(Missing(a=1)))
try:
    "{a}".format_map([])
except TypeError as e:
    print("format_map list ! TypeError:", e)
