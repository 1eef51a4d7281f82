# description: int()/float()/complex() accept Unicode decimal digits and spaces but not other numerics (superscripts, fractions)
# features: [builtins, str, int, float, unicode]
# expect: output

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

samples = ["\u0661\u0662\u0663", "\u0967\u0968", "\uff15\uff10", "\u00b2", "\u00bd", "\u2167", "\u0e51\u0e52",
           "\U0001D7D9", "1\u0663", "\u2007" + "12", "\u3000" + "7" + "\u3000", "\u00a0" + "5"]
for s in samples:
    show(ascii(s) + " int", lambda: int(s))
    show(ascii(s) + " float", lambda: float(s))
    print("   isdecimal/isdigit/isnumeric:", s.strip().isdecimal(), s.strip().isdigit(), s.strip().isnumeric())
show("float arabic with dot", lambda: float("\u0661.\u0665"))
show("complex fullwidth", lambda: complex("\uff11+\uff12j"))
show("int base 16 with fullwidth", lambda: int("\uff11\uff10", 16))
show("int non-ASCII letters base 16", lambda: int("\uff41", 16))
