# description: list.sort errors: mixed-type comparisons, mutation during sort, key errors; list left consistent
# features: [builtins, list, exceptions]
# expect: output
data = [3, "a", 1]
try:
    data.sort()
except TypeError as e:
    print("mixed ! TypeError:", e)
print("after failed sort still has all items:", sorted(map(str, data)))
try:
    sorted([None, 1])
except TypeError as e:
    print("None vs int ! TypeError:", e)
try:
    sorted([1j, 2j])
except TypeError as e:
    print("complex ! TypeError:", e)
try:
    sorted([{1}, {2}, {1, 2}])
    print("sets sort without error (partial order)")
except TypeError as e:
    print("sets !", e)
lst = [5, 3, 1, 4, 2]
def mutating_key(x):
    lst.append(x)
    return x
try:
    lst.sort(key=mutating_key)
except ValueError as e:
    print("mutation during sort ! ValueError:", e)
lst2 = [5, 3, 1]
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        lst2.append(0)
        return self.v < other.v
lst2 = [Cmp(3), Cmp(1), Cmp(2)]
try:
    lst2.sort()
except ValueError as e:
    print("appended during sort ! ValueError:", e)
print("list after failed sort has original items:", sorted(c.v for c in lst2))
def bad_key(x):
    if x == 2:
        raise KeyError("boom")
    return x
items = [3, 2, 1]
try:
    items.sort(key=bad_key)
except KeyError as e:
    print("key raises ! KeyError:", e)
print("list unchanged after key error:", items)
class Boom:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if self.v == 0 or other.v == 0:
            raise RuntimeError("cmp failed")
        return self.v < other.v
objs = [Boom(v) for v in (4, 2, 0, 3, 1)]
try:
    objs.sort()
except RuntimeError as e:
    print("__lt__ raises ! RuntimeError:", e)
print("permutation preserved:", sorted(o.v for o in objs))
class NotImpl:
    def __lt__(self, other):
        return NotImplemented
try:
    sorted([NotImpl(), NotImpl()])
except TypeError as e:
    print("NotImplemented both ways ! TypeError:", e)
class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
print("reflected __gt__ used:", [o.v for o in sorted([OnlyGt(2), OnlyGt(1), OnlyGt(3)])])
