# description: int subclasses: constructor forms, repr/str/format delegation, arithmetic returns int, bool-like overrides
# features: [builtins, int, classes]
# expect: output
class Flagged(int):
    def __new__(cls, value, flag="x"):
        obj = super().__new__(cls, value)
        obj.flag = flag
        return obj
    def __repr__(self):
        return f"Flagged({int(self)}, {self.flag!r})"
f = Flagged(42, "y")
print("repr/str/format:", repr(f), str(f), format(f, "04d"), f"{f}", "%d" % f, "%r" % (f,))
print("arith returns int:", type(f + 1).__name__, type(f * 2).__name__, type(-f).__name__, f + 1)
print("comparisons and hashing:", f == 42, hash(f) == hash(42), {42: "k"}[f])
print("attrs:", f.flag, f.real, type(f.real).__name__, f.bit_length())
class Seconds(int):
    def __add__(self, other):
        return Seconds(int(self) + int(other))
    __radd__ = __add__
    def __str__(self):
        return f"{int(self)}s"
s = Seconds(5) + 10
print("overridden add keeps type:", type(s).__name__, s, 3 + Seconds(1), sum([Seconds(1), Seconds(2)]))
print("str override used by print/format:", str(Seconds(7)), f"{Seconds(7)}", format(Seconds(7)), "%s" % Seconds(7), "%d" % Seconds(7))
class Truthy(int):
    def __bool__(self):
        return True
print("bool override:", bool(Truthy(0)), bool(int(Truthy(0))), Truthy(0) or "fallback")
print("index usage:", [10, 20, 30][Flagged(1)], range(10)[Flagged(2)], "ab" * Flagged(2))
print("int() of subclass gives int:", type(int(f)).__name__, int(f))
print("classmethods build the subclass:", Flagged(int("ff", 16)), type(Flagged.from_bytes(b"\x01", "big")).__name__)
