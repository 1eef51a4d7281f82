# description: copy/deepcopy of plain classes goes through __reduce_ex__ (copying __dict__, __slots__ and __getstate__/__setstate__)
# features: [copy, classes]
# expect: output

import copy

class Plain:
    def __init__(self):
        self.items = [1, 2]
        self.name = "p"
p = Plain()
c = copy.copy(p)
d = copy.deepcopy(p)
print("type kept:", type(c).__name__, type(d).__name__)
print("shallow dict copied, values shared:", c.__dict__ is not p.__dict__, c.items is p.items)
print("deep values copied:", d.items is not p.items, d.__dict__ == p.__dict__)

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = [1]
s = Slotted()
sc = copy.copy(s)
print("slots copied:", sc.a is s.a, hasattr(sc, "b"))
sd = copy.deepcopy(s)
print("slots deep:", sd.a == [1] and sd.a is not s.a)

class Stateful:
    def __init__(self, v):
        self.v = v
        self.cache = "expensive"
    def __getstate__(self):
        print("  getstate")
        return {"v": self.v}
    def __setstate__(self, state):
        print("  setstate", state)
        self.__dict__.update(state)
        self.cache = "rebuilt"
st = copy.copy(Stateful(3))
print("state hooks:", st.v, st.cache)

class NoInit:
    def __init__(self):
        print("  __init__ runs")
        self.x = 1
n = NoInit()
n2 = copy.copy(n)
print("init not rerun on copy:", n2.x)

class Reduced:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __reduce__(self):
        return (Reduced, (self.a, self.b * 10))
r = copy.copy(Reduced(1, 2))
print("custom __reduce__:", r.a, r.b)

class ListSub(list):
    pass
ls = ListSub([1, [2]])
ls.attr = "x"
lc = copy.deepcopy(ls)
print("list subclass:", type(lc).__name__, lc, lc.attr, lc[1] is not ls[1])
class Uncopyable:
    def __reduce_ex__(self, proto):
        raise TypeError("no copies")
try:
    copy.copy(Uncopyable())
except TypeError as e:
    print("TypeError:", e)
