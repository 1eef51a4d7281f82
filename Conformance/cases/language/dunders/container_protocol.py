# description: a user container implementing __getitem__/__setitem__/__delitem__/__len__/__iter__/__reversed__ and dict __missing__
# features: [classes, iterators, dict]
# expect: output

class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def _check(self, key):
        if not isinstance(key, tuple) or len(key) != 2:
            raise TypeError(f"Grid indices must be (x, y) pairs, not {type(key).__name__}")
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {key} outside {self.w}x{self.h} grid")
    def __getitem__(self, key):
        self._check(key)
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        self._check(key)
        self.cells[key] = value
    def __delitem__(self, key):
        self._check(key)
        self.cells.pop(key, None)
    def __len__(self):
        return len(self.cells)
    def __iter__(self):
        for y in range(self.h):
            yield "".join(self[x, y] for x in range(self.w))
    def __reversed__(self):
        return reversed(list(self))
    def __contains__(self, value):
        return value in self.cells.values()

g = Grid(3, 2)
g[0, 0] = "A"
g[2, 1] = "B"
g[1, 1] = "C"
print("rows:", list(g))
print("len:", len(g), "bool:", bool(g), "contains:", "B" in g, "Z" in g)
del g[1, 1]
print("after del:", list(g), len(g))
print("reversed:", list(reversed(g)))
for bad in [(5, 5), 3, (1,)]:
    try:
        g[bad]
    except (TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)

# dict subclass with __missing__ (only used by __getitem__)
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "abracadabra":
    c[ch] += 1
print("counts:", sorted(c.items()), "get uses no __missing__:", c.get("z"), "in:", "z" in c)

class AutoVivify(dict):
    def __missing__(self, key):
        value = self[key] = AutoVivify()
        return value
tree = AutoVivify()
tree["a"]["b"]["c"] = 1
print("autovivify:", tree)

# __missing__ on a non-dict class is ignored
class NotDict:
    def __missing__(self, key):
        return "never"
    def __getitem__(self, key):
        raise KeyError(key)
try:
    NotDict()["k"]
except KeyError as e:
    print("KeyError:", e)

# __len__ drives bool, __getitem__ with slices
class Window:
    def __init__(self, data): self.data = data
    def __len__(self): return len(self.data)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Window(self.data[i])
        return self.data[i]
    def __repr__(self): return f"Window({self.data})"
w = Window([1, 2, 3, 4])
print("slice returns Window:", w[1:3], w[::-1], bool(Window([])), list(w))
