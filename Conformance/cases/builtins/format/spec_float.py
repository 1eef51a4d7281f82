# description: format-spec mini-language for float: e/E/f/F/g/G/%/none types, precision, grouping, z and specials
# features: [builtins, float, formatting]
# min-version: 3.11
# expect: output

def show(value, spec):
    try:
        print(repr(value), repr(spec), "->", repr(format(value, spec)))
    except Exception as e:
        print(repr(value), repr(spec), "!", type(e).__name__ + ":", e)

values = [0.0, -0.0, 1.0, 1234.5678, -0.000123456, 1e16, 1e-5, 123456789.0, 2.5, float("inf"), float("nan"), -float("inf")]
specs = ["", "f", ".2f", "e", ".3E", "g", ".3g", "G", "%", ".1%", "+.1f", " .1f", ",.2f", "_.1f", "012.3f", "z.1f", "#.0f", "#g", "F", "n"]
for v in values:
    print(repr(v), [format(v, s) for s in specs])
for v, spec in [(0.5, ".0f"), (1.5, ".0f"), (2.5, ".0f"), (2.675, ".2f"), (1e22, "f"), (1e-7, "g"), (1e-4, "g"),
                (123456.0, ".6g"), (1234567.0, ".6g"), (100000.0, "g"), (1000000.0, "g"), (0.0001, ".0e"),
                (9.999, ".2f"), (9.995, ".2f"), (-0.0001, "z.2f"), (-0.0001, ".2f"), (1e300, ",.0f")]:
    show(v, spec)
show(1.5, "d")
show(1.5, "x")
show(1.5, "c")
show(1.5, "s")
show(1.5, "#x")
show(3, ".2f")
show(3, "e")
show(3, "%")
show(3, "g")
show(10**20, ".3e")
show(True, ".1f")
