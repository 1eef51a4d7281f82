# description: int(str, base) incl. base 0 prefixes, underscores, whitespace, non-ASCII digits and errors
# features: [builtins, int, str]
# min-version: 3.13
# expect: output

def show(label, *args):
    try:
        print(label, repr(int(*args)))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

show("'42'", "42")
show("'  -42\\n'", "  -42\n")
show("'+7'", "+7")
show("'1_000_000'", "1_000_000")
show("'1__0'", "1__0")
show("'_1'", "_1")
show("'1_'", "1_")
show("'ff',16", "ff", 16)
show("'0xff',16", "0xff", 16)
show("'0xff',0", "0xff", 0)
show("'0o17',0", "0o17", 0)
show("'0b1011',0", "0b1011", 0)
show("'0b_1011',0", "0b_1011", 0)
show("'010',0", "010", 0)
show("'000',0", "000", 0)
show("'10',0", "10", 0)
show("'z',36", "z", 36)
show("'Zz',36", "Zz", 36)
show("'10',1", "10", 1)
show("'10',37", "10", 37)
show("'12',2", "12", 2)
show("'0x',16", "0x", 16)
show("'' ", "")
show("' '", " ")
show("'1 2'", "1 2")
show("'4.5'", "4.5")
show("arabic-indic", "\u0663\u0664")
show("fullwidth", "\uff11\uff12")
show("b'17'", b"17")
show("bytearray 0x", bytearray(b"0x1f"), 16)
show("int(5, 10)", 5, 10)
show("int('9'*30)", "9" * 30)
show("int('-0')", "-0")
show("int()", )
show("base kw", "11", )
try:
    print("int('11', base=3)", int("11", base=3))
    print("int(x='1')", int(x="1"))
except TypeError as e:
    print("keyword x ! TypeError:", e)
