# description: ascii(), bin(), oct(), hex() on ints, negatives, bools, big values and __index__ objects
# features: [builtins, int, str]
# expect: output

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

for n in [0, 1, -1, 255, -255, 2**64, -(2**70) + 1, True, False]:
    print(n, bin(n), oct(n), hex(n))
class I:
    def __index__(self):
        return -42
show("__index__", lambda: (bin(I()), oct(I()), hex(I())))
show("bin(1.0)", lambda: bin(1.0))
show("hex('a')", lambda: hex("a"))
show("oct(None)", lambda: oct(None))
show("round trip", lambda: all(int(f(n), 0) == n for n in range(-300, 300) for f in (bin, oct, hex)))
show("ascii str", lambda: ascii("caf\u00e9 \U0001F600 \n 'q'"))
show("ascii list", lambda: ascii(["\u00e9", 1, b"\xff"]))
show("ascii dict", lambda: ascii({"\u4e2d": "\u00df"}))
class R:
    def __repr__(self):
        return "R(\u00e9)"
show("ascii uses repr", lambda: ascii(R()))
show("ascii surrogate", lambda: ascii("\ud800"))
show("ascii plain", lambda: ascii("plain"))
show("ascii == repr for ascii", lambda: ascii([1, "a"]) == repr([1, "a"]))
