# description: binary operators try __op__ then the reflected __rop__, and subclasses' reflected methods go first
# features: [operators, classes]
# expect: output

log = []

class V:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name

def make_ops():
    ops = {"add": "+", "sub": "-", "mul": "*", "truediv": "/", "floordiv": "//", "mod": "%",
           "pow": "**", "matmul": "@", "and": "&", "or": "|", "xor": "^", "lshift": "<<", "rshift": ">>"}
    for op in ops:
        def fwd(self, other, op=op):
            log.append(f"{self.name}.__{op}__")
            return NotImplemented if getattr(self, "refuse", False) else f"{op}({self.name},{other!r})"
        def rev(self, other, op=op):
            log.append(f"{self.name}.__r{op}__")
            return f"r{op}({self.name},{other!r})"
        setattr(V, f"__{op}__", fwd)
        setattr(V, f"__r{op}__", rev)
    return ops
ops = make_ops()

a, b = V("a"), V("b")
for op, sym in ops.items():
    log.clear()
    r1 = eval(f"a {sym} b")
    r2 = eval(f"1 {sym} a")
    print(f"{sym:2}", r1, r2, log)

# left operand refuses -> right operand's reflected method (only for a different type)
W = type("W", (), {k: v for k, v in V.__dict__.items() if k.startswith("__") and k not in ("__dict__", "__weakref__")})
a.refuse = True
log.clear()
print("refused:", a + W("w"), log)
log.clear()
try:
    a + b
except TypeError as e:
    print("same type, no reflected try:", e, log)

# both refuse -> TypeError
class Plain:
    pass
try:
    Plain() + Plain()
except TypeError as e:
    print("TypeError:", e)

# right operand is a subclass of the left's type overriding the reflected method: it goes first
class Base:
    def __add__(self, other):
        return "Base.__add__"
    def __radd__(self, other):
        return "Base.__radd__"
class Derived(Base):
    def __radd__(self, other):
        return "Derived.__radd__"
class DerivedNoOverride(Base):
    pass
print("subclass reflected first:", Base() + Derived())
print("no override, normal order:", Base() + DerivedNoOverride())

# same type: reflected method is not tried
class Same:
    def __add__(self, other):
        return NotImplemented
    def __radd__(self, other):
        return "radd"
try:
    Same() + Same()
except TypeError as e:
    print("same type TypeError:", e)
print("different types:", 1 + Same())

# unary operators
class U:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "invert"
    def __abs__(self): return "abs"
print("unary:", -U(), +U(), ~U(), abs(U()))
try:
    -Plain()
except TypeError as e:
    print("TypeError:", e)

# pow with three arguments uses __pow__ only
class P3:
    def __pow__(self, other, mod=None):
        return f"pow({other},{mod})"
    def __rpow__(self, other, mod=None):
        return f"rpow({other},{mod})"
print("pow:", pow(P3(), 2, 5), 2 ** P3(), pow(2, P3()))
