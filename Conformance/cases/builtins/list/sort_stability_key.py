# description: list.sort / sorted stability, key and reverse semantics (reverse keeps equal-key order)
# features: [builtins, list]
# expect: output
records = [("bob", 3), ("amy", 1), ("cat", 3), ("dan", 2), ("eve", 1), ("fay", 2), ("gus", 3)]
print("by count:", sorted(records, key=lambda r: r[1]))
print("by count reverse:", sorted(records, key=lambda r: r[1], reverse=True))
print("reverse != reversed sort:", sorted(records, key=lambda r: r[1], reverse=True) != list(reversed(sorted(records, key=lambda r: r[1]))))
multi = sorted(records, key=lambda r: r[0], reverse=True)
multi.sort(key=lambda r: r[1])
print("two-pass sort:", multi)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print("default:", sorted(words))
print("key=str.lower:", sorted(words, key=str.lower))
print("key=len:", sorted(words, key=len))
print("key=len reverse:", sorted(words, key=len, reverse=True))
nums = [5, -3, 2, -8, 0, 7, -1]
nums.sort(key=abs)
print("in place abs:", nums)
print("sort returns None:", [3, 1].sort())
print("sorted tuples:", sorted([(1, "b"), (1, "a"), (0, "z"), (1, "a", 0)]))
print("sorted iter types:", sorted("hello"), sorted({3: "x", 1: "y"}), sorted((2.5, 1, True)))
calls = []
def key(x):
    calls.append(x)
    return -x
print("key called once each:", sorted([3, 1, 2], key=key), sorted(calls))
print("key=None:", sorted([2, 1], key=None))
print("reverse=1:", sorted([1, 3, 2], reverse=1))
try:
    [1].sort(lambda x: x)
except TypeError as e:
    print("positional key ! TypeError:", e)
class Item:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return "Item(%d)" % self.v
print("only __lt__ needed:", sorted([Item(3), Item(1), Item(2)]))
print("max/min stability:", max(records, key=lambda r: r[1]), min(records, key=lambda r: r[1]))
big = [(i * 7919) % 1000 for i in range(1000)]
print("large sorted ok:", sorted(big) == list(range(1000)), sorted(big, reverse=True)[:3])
