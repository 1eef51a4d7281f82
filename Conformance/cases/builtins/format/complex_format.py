# description: format() of complex numbers: default, precision types, width/align, sign, and rejected options
# features: [builtins, complex, formatting]
# expect: output

def show(value, spec):
    try:
        print(repr(value), repr(spec), "->", repr(format(value, spec)))
    except Exception as e:
        print(repr(value), repr(spec), "!", type(e).__name__ + ":", e)

for spec in ["", ".2f", ".3e", "g", ".1g", "+.1f", " .1f", ">20", "<20.2f", "^22", "*^24.2f", "20", ",.2f", "_.1f", "F", "E", "G", "n"]:
    show(1234.5 - 6.75j, spec)
show(1j, "")
show(-0j, "")
show(complex(0, -0.0), ".1f")
show(complex(float("inf"), float("nan")), ".2f")
show(1 + 2j, "=10")
show(1 + 2j, "010")
show(1 + 2j, "d")
show(1 + 2j, "%")
show(1 + 2j, "s")
show(1 + 2j, "#g")
print("f-string:", f"{3 - 4j:.1f}", f"{3 - 4j!r}", "%s" % (1 + 1j))
