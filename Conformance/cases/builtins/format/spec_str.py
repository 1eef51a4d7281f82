# description: format-spec mini-language applied to str: fill, align, width, precision truncation and errors
# features: [builtins, str, formatting]
# expect: output

def show(spec, value="abc"):
    try:
        print(repr(spec), "->", repr(format(value, spec)))
    except Exception as e:
        print(repr(spec), "!", type(e).__name__ + ":", e)

for spec in ["", "s", "5", "<5", ">5", "^5", "^6", "*^7", "0>5", ">2", ".1", ".0", "7.2", "-^7.2s", "\u00e9>5",
             "{>5", "}<4", "=5", "+5", " 5", "#5", "05", ",", "_", "d", "x", "5.2f", ".-1", "999999999999999999999"]:
    show(spec)
show("^5", "\U0001F600")
show(".2", "\U0001F600ab")
show("<3", "")
print("format() no spec:", repr(format("x")), repr(format(123)), repr(format(1.5)), repr(format(None)))
print("str.__format__:", "ab".__format__(">4"))
try:
    format("x", 5)
except TypeError as e:
    print("spec must be str ! TypeError:", e)
class S(str):
    pass
print("subclass:", repr(format(S("hi"), "^6")))
