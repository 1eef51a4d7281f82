# description: abs() over numeric types and __abs__, divmod() mixed types, pow() 2-arg type results
# features: [builtins, int, float, complex]
# expect: output

def show(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

show("abs(-5)", lambda: abs(-5))
show("abs(-0.0)", lambda: abs(-0.0))
show("abs(-inf)", lambda: abs(float("-inf")))
show("abs(3-4j)", lambda: abs(3 - 4j))
show("abs(True)", lambda: abs(True))
show("abs(-2**100)", lambda: abs(-2**100))
show("abs('x')", lambda: abs("x"))
class Vec:
    def __abs__(self):
        return "magnitude"
show("__abs__", lambda: abs(Vec()))
show("divmod(7, 2.0)", lambda: divmod(7, 2.0))
show("divmod(-7, 2)", lambda: divmod(-7, 2))
show("divmod(True, 2)", lambda: divmod(True, 2))
show("divmod('a', 1)", lambda: divmod("a", 1))
class DM:
    def __divmod__(self, o):
        return ("dm", o)
    def __rdivmod__(self, o):
        return ("rdm", o)
show("__divmod__", lambda: divmod(DM(), 3))
show("__rdivmod__", lambda: divmod(3, DM()))
show("pow(2, 3)", lambda: pow(2, 3))
show("pow(2, -3)", lambda: pow(2, -3))
show("pow(2.0, 3)", lambda: pow(2.0, 3))
show("pow(-2, 0.5)", lambda: pow(-2, 0.5))
show("pow(4, 0.5)", lambda: pow(4, 0.5))
show("pow(0.0, 0)", lambda: pow(0.0, 0))
show("pow(1j, 2)", lambda: pow(1j, 2))
show("pow('a', 2)", lambda: pow("a", 2))
show("pow(10, 20)", lambda: pow(10, 20))
show("pow(-1, 10**9)", lambda: pow(-1, 10**9 + 1))
class P:
    def __pow__(self, e, mod=None):
        return ("pow", e, mod)
    def __rpow__(self, b, mod=None):
        return ("rpow", b, mod)
show("__pow__ 3-arg", lambda: pow(P(), 2, 5))
show("__rpow__", lambda: 2 ** P())
