# description: truth testing uses __bool__, then __len__, else true; bad return types raise TypeError
# features: [bool, classes]
# expect: output

class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class Both:
    def __bool__(self): return True
    def __len__(self): return 0
class Neither:
    pass

print("bool:", bool(B(True)), bool(B(False)))
print("len:", bool(L(0)), bool(L(3)))
print("__bool__ wins over __len__:", bool(Both()))
print("default true:", bool(Neither()))
print("not:", not L(0), not Neither())

# __bool__ must return bool exactly
for bad in (1, 0, "yes", None):
    try:
        bool(B(bad))
    except TypeError as e:
        print("TypeError:", e)

# __len__ must return a non-negative int
for bad in (-1, "3", 2.5):
    try:
        bool(L(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

# len() limits
try:
    len(L(-5))
except ValueError as e:
    print("ValueError:", e)
class BigLen:
    def __len__(self): return 2 ** 100
try:
    len(BigLen())
except OverflowError as e:
    print("OverflowError:", e)

# __bool__ = None makes truth testing raise
class NoBool:
    __bool__ = None
try:
    bool(NoBool())
except TypeError as e:
    print("TypeError:", e)

# truthiness in if/while/and/or/not calls __bool__ each time it is needed
calls = []
class Count:
    def __init__(self, v): self.v = v
    def __bool__(self):
        calls.append(self.v)
        return self.v
r = Count(False) or Count(True)
print("or result:", r.v, "calls:", calls)
calls.clear()
r = Count(True) and Count(False)
print("and result:", r.v, "calls:", calls)
calls.clear()
if Count(True) and Count(True):
    pass
print("if and:", calls)
calls.clear()
x = not Count(False)
print("not:", x, calls)

# bool subclass of int
print("bool arithmetic:", True + True, True * 10, False - 1, isinstance(True, int))
print("bool repr:", repr(True), str(False), int(True), bool("False"))
