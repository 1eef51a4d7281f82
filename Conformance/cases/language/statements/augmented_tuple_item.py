# description: augmented assignment on an item of an immutable container mutates the item and then raises
# features: [assignment, tuple, list]
# expect: output

t = ([1], [2])
try:
    t[0] += [3]
except TypeError as e:
    print("TypeError:", e)
print("mutated anyway:", t)

# the same via extend does not raise
t[1].extend([4])
print("extend:", t)

# with a tuple item the item is not mutated (tuple + creates new)
t2 = ((1,), (2,))
try:
    t2[0] += (3,)
except TypeError as e:
    print("TypeError:", e)
print("immutable item untouched:", t2)

# list item: rebinding works
lst = [[1], (1,)]
lst[0] += [2]
lst[1] += (2,)
print("list items:", lst)

# augmented assignment on a string inside a tuple fails before mutation matters
t3 = ("a",)
try:
    t3[0] += "b"
except TypeError as e:
    print("TypeError:", e)
print("still:", t3)

# attribute on a read-only property of a mutable value
class Holder:
    def __init__(self):
        self._items = [1]
    @property
    def items(self):
        return self._items
h = Holder()
try:
    h.items += [2]
except AttributeError:
    print("AttributeError raised after the list was extended")
print("mutated through property:", h._items)

# dict values
d = {"k": [1]}
d["k"] += [2]
print("dict:", d)

# a frozen-like mapping whose __setitem__ raises
class ReadOnly:
    def __init__(self): self.data = {"x": [0]}
    def __getitem__(self, k): return self.data[k]
    def __setitem__(self, k, v): raise TypeError("read-only mapping")
ro = ReadOnly()
try:
    ro["x"] += [1]
except TypeError as e:
    print("TypeError:", e)
print("read-only mapping mutated:", ro.data)
