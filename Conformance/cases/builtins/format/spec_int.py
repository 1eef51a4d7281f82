# description: format-spec mini-language for int: sign, #, 0, width, grouping, b/o/x/X/c/d/n and errors
# features: [builtins, int, formatting]
# expect: output

def show(value, spec):
    try:
        print(repr(value), repr(spec), "->", repr(format(value, spec)))
    except Exception as e:
        print(repr(value), repr(spec), "!", type(e).__name__ + ":", e)

for spec in ["", "d", "+d", "-d", " d", "5d", "<5d", "^5d", "=+6d", "06d", "+06d", "x", "X", "#x", "#X", "#010x",
             "o", "#o", "b", "#b", "#010b", "c", ",", "_", "_b", "_x", "_o", "#_x", ",d", "10,", "010,", "n", "e",
             ".2f", "%", ".1%", "g", "s", ",_", "_,", ",b", ",x", ".3", "+c", "#c", "=10", "*=10"]:
    show(255, spec)
for v in [-255, 0, -1, 1234567, -1234567890, 10**20, True, False]:
    print(repr(v), [format(v, s) for s in ["", "+", ",", "_", "#x", "08b", "#o", "^+12,"]])
show(65, "c")
show(0x1F600, "c")
show(-1, "c")
show(0x110000, "c")
show(65, ",c")
show(255, "#_b")
show(2**64, "#X")
show(2**70, "_")
