# description: pow() with modulus incl. negative exponents (modular inverse) and its errors
# features: [builtins, int]
# expect: output

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

show("pow(2, 10, 1000)", lambda: pow(2, 10, 1000))
show("pow(2, 100, 97)", lambda: pow(2, 100, 97))
show("pow(-2, 3, 5)", lambda: pow(-2, 3, 5))
show("pow(2, 3, -5)", lambda: pow(2, 3, -5))
show("pow(3, 0, 1)", lambda: pow(3, 0, 1))
show("pow(3, 0, 7)", lambda: pow(3, 0, 7))
show("pow(3, -1, 7)", lambda: pow(3, -1, 7))
show("pow(38, -1, 97)", lambda: pow(38, -1, 97))
show("pow(3, -2, 7)", lambda: pow(3, -2, 7))
show("pow(-3, -1, 7)", lambda: pow(-3, -1, 7))
show("pow(3, -1, -7)", lambda: pow(3, -1, -7))
show("pow(2, -1, 4)", lambda: pow(2, -1, 4))
show("pow(2, 5, 0)", lambda: pow(2, 5, 0))
show("pow(2.0, 5, 3)", lambda: pow(2.0, 5, 3))
show("pow(2, 5.0, 3)", lambda: pow(2, 5.0, 3))
show("big modpow", lambda: pow(12345678901234567890, 98765432109876543210, 10**20 + 39))
show("big inverse ok", lambda: (pow(10**20 + 1, -1, 2**89 - 1) * (10**20 + 1)) % (2**89 - 1))
show("pow(2, -2)", lambda: pow(2, -2))
show("pow(0, 0)", lambda: pow(0, 0))
show("pow(0, -1)", lambda: pow(0, -1))
show("pow(-8, 1/3) type", lambda: type(pow(-8, 1 / 3)).__name__)
show("pow(base=2, exp=4, mod=5)", lambda: pow(base=2, exp=4, mod=5))
show("pow(True, 2, 3)", lambda: pow(True, 2, 3))
show("(-2)**-1", lambda: (-2)**-1)
show("2**0.5", lambda: 2**0.5)
