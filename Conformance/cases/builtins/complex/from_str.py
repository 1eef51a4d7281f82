# description: complex() from strings, numbers, two-argument forms, __complex__ and error messages
# features: [builtins, complex, str]
# expect: output

def show(label, *args):
    try:
        print(label, repr(complex(*args)))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

for s in ["1+2j", " (1-2j) ", "j", "-j", "+1.5J", "3", "-2.5", "1e3+1e-3j", "inf+nanj", "-infj",
          "1_0+2_0j", "(3)", "1 + 2j", "1+2", "2j+1", "(1+2j", "", "()", "1+j", "1-j", "0x1", "nan"]:
    show(repr(s), s)
show("complex(1, 2)", 1, 2)
show("complex(1.5)", 1.5)
show("complex(1j, 1j)", 1j, 1j)
show("complex(1, 1j)", 1, 1j)
show("complex('1', 2)", "1", 2)
show("complex(1, '2')", 1, "2")
show("complex(None)", None)
show("complex(b'1')", b"1")
class HasComplex:
    def __complex__(self):
        return 2 + 3j
class HasFloat:
    def __float__(self):
        return 0.25
class HasIndex:
    def __index__(self):
        return 4
class BadComplex:
    def __complex__(self):
        return 5
show("__complex__", HasComplex())
show("__float__", HasFloat())
show("__index__", HasIndex())
show("bad __complex__", BadComplex())
try:
    print("kwargs:", complex(real=1, imag=2), complex(imag=3))
except TypeError as e:
    print("kwargs ! TypeError:", e)
