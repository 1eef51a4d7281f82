# description: bool is an int subclass: arithmetic results, repr, conversions and its restrictions
# features: [builtins, bool, int]
# expect: output

print("True + True:", True + True, type(True + True).__name__)
print("True * 10:", True * 10, "False - True:", False - True)
print("True / 2:", True / 2, "True // 2:", True // 2, "-True:", -True, "+False:", +False)
print("sum bools:", sum([True, True, False, True]))
print("isinstance:", isinstance(True, int), issubclass(bool, int), type(True) is bool)
print("repr/str:", repr(True), str(False), int(True), float(False))
print("compare:", True == 1, False == 0, True == 1.0, True > False)
print("abs/hash:", abs(True), hash(True) == hash(1), hash(False) == hash(0))
print("indexing with bool:", ["a", "b"][True], "xy"[False])
print("bool(x):", [bool(x) for x in (0, 1, -1, 0.0, -0.0, float("nan"), "", " ", [], [0], (), {}, None, 0j, 1j, b"")])
print("bool() no args:", bool())
class Sized:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class Truthy:
    def __bool__(self): return False
    def __len__(self): return 5
print("__len__:", bool(Sized(0)), bool(Sized(3)), "__bool__ wins:", bool(Truthy()))
class Bad:
    def __bool__(self): return 1
try:
    bool(Bad())
except TypeError as e:
    print("bad __bool__ ! TypeError:", e)
class BadLen:
    def __len__(self): return -1
try:
    bool(BadLen())
except ValueError as e:
    print("negative __len__ ! ValueError:", e)
try:
    class B(bool):
        pass
except TypeError as e:
    print("subclass bool ! TypeError:", e)
print("True.__and__ style:", True & 1, type(True & 1).__name__, True ^ False, type(True ^ False).__name__)
print("divmod(True, True):", divmod(True, True), "pow:", True ** 5, False ** 0)
print("format:", format(True, "d"), format(True, ""), f"{True:>6}", "%d" % True, "%s" % True)
print("int subclass of bool value:", True.real, True.numerator, (True).__class__.__name__)
print("max/min with bools:", max(True, 0), min(False, 0), max([True, 2]), sorted([True, False, 0, 1]))
