# description: slice assignment and deletion resize lists; extended slices require equal lengths
# features: [slicing, list, assignment]
# expect: output

a = list(range(6))
a[1:3] = ["x", "y", "z"]
print("grow:", a)
a[1:4] = []
print("shrink:", a)
a[:0] = [-2, -1]
print("insert at front:", a)
a[len(a):] = [99]
print("append via slice:", a)
a[2:2] = "ab"
print("insert iterable:", a)
a[:] = (1, 2, 3)
print("replace all:", a)

# extended slice assignment needs matching length
b = list(range(8))
b[::2] = "ABCD"
print("extended:", b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
b[::-3] = [10, 20, 30]
print("negative step:", b)

# step 1 given explicitly behaves like a plain slice (may resize)
c = [1, 2, 3]
c[0:2:1] = [7, 8, 9, 10]
print("explicit step 1:", c)

# assigning a non-iterable
try:
    c[0:1] = 5
except TypeError:
    print("non-iterable assigned to a slice: TypeError")

# self-assignment copies first
d = [1, 2, 3]
d[1:1] = d
print("self insert:", d)

# slice deletion
e = list(range(10))
del e[::3]
print("del extended:", e)
del e[-2:]
print("del tail:", e)

# out-of-range slice assignment clamps
f = [1, 2]
f[10:20] = [3]
f[-10:0] = [0]
print("clamped:", f)

# tuples and strings do not support slice assignment
for obj in [(1, 2), "ab"]:
    try:
        obj[0:1] = "x"
    except TypeError as e:
        print("TypeError:", e)

# bytearray slice assignment
ba = bytearray(b"hello")
ba[0:1] = b"J"
ba[-1:] = b"y!"
print("bytearray:", ba)

# __setitem__ receives slice objects
class Rec:
    def __setitem__(self, key, value):
        print("  setitem", key, value)
r = Rec()
r[1:2] = "v"
r[::2] = "w"
r[1:2, 3] = "x"
