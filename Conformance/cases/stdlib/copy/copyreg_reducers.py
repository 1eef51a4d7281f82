# description: copyreg.pickle registers reduction functions that copy.copy/deepcopy use for classes without __reduce__ customisation
# features: [copy]
# expect: output

import copy
import copyreg

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

calls = []
def reduce_point(p):
    calls.append("reduce")
    return Point, (p.x, p.y)
copyreg.pickle(Point, reduce_point)
p = Point([1], 2)
c = copy.copy(p)
d = copy.deepcopy(p)
print("copies:", c, d, "calls:", calls)
print("shallow shares list:", c.x is p.x, "deep copies list:", d.x is not p.x and d.x == p.x)

class Legacy:
    def __init__(self, v):
        self.v = v
def reduce_legacy(obj):
    return Legacy, (obj.v * 10,)
copyreg.pickle(Legacy, reduce_legacy)
print("reducer result used:", copy.copy(Legacy(3)).v)
try:
    copyreg.pickle(Legacy, 5)
except TypeError as e:
    print("TypeError:", e)
class Both:
    def __reduce_ex__(self, proto):
        return Both, ()
    def __copy__(self):
        return "from __copy__"
print("__copy__ wins over reduce:", copy.copy(Both()))
