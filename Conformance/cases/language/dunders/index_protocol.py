# description: __index__ lets objects act as integers in slicing, indexing, bin/hex, range and sequence repetition
# features: [operators, int, slicing]
# expect: output

class Idx:
    def __init__(self, v): self.v = v
    def __index__(self):
        return self.v

data = list(range(10))
print("index:", data[Idx(3)], "abc"[Idx(-1)], (1, 2, 3)[Idx(1)])
print("slice:", data[Idx(2):Idx(8):Idx(2)])
print("bin/oct/hex:", bin(Idx(5)), oct(Idx(8)), hex(Idx(255)))
print("range:", list(range(Idx(3))), range(10)[Idx(4)])
print("repeat:", "ab" * Idx(3), [0] * Idx(2))
print("operator int():", int(Idx(7)), "complex:", complex(Idx(2)))
print("round trip:", [1, 2, 3].pop(Idx(0)))
print("bytes:", bytes([Idx(65), Idx(66)]))

# __index__ must return an int
class BadIdx:
    def __index__(self): return 1.5
try:
    [1, 2][BadIdx()]
except TypeError as e:
    print("TypeError:", e)

# __int__ alone is not enough for indexing
class OnlyInt:
    def __int__(self): return 1
try:
    [1, 2][OnlyInt()]
except TypeError as e:
    print("TypeError:", e)
print("int() uses __int__:", int(OnlyInt()))

# floats are not indices
for bad in (1.0, "1", None):
    try:
        [1, 2][bad]
    except TypeError as e:
        print("TypeError:", e)

# bool is an int
print("bool index:", ["no", "yes"][True])

# huge index
try:
    [1][2 ** 100]
except IndexError as e:
    print("IndexError:", e)

# __index__ subclass return is accepted, value used
class IntSub(int): pass
class ReturnsSub:
    def __index__(self): return IntSub(2)
print("int subclass from __index__:", [10, 20, 30][ReturnsSub()])

# slice.indices and negative steps with __index__
s = slice(Idx(-3), None, Idx(-1))
print("slice.indices:", s.indices(10), data[s])
