# description: slices with negative indices, steps, out-of-range bounds and slice objects on builtin sequences
# features: [slicing, list, str, tuple]
# expect: output

s = list(range(10))
cases = ["[2:5]", "[:3]", "[7:]", "[-3:]", "[:-7]", "[-3:-1]", "[::2]", "[1::3]", "[::-1]", "[::-3]",
         "[8:2:-2]", "[2:8:-1]", "[-1:-4:-1]", "[100:]", "[-100:2]", "[5:5]", "[3:1]", "[None:None:None]"]
for c in cases:
    print(f"s{c:15} ->", eval("s" + c))

text = "hello world"
print("string:", text[::-1], text[-5:], text[::2], text[1:-1:3])
print("tuple:", (1, 2, 3, 4)[1:3], (1, 2, 3)[::-1])
print("range:", range(10)[2:8:3], list(range(10)[::-4]), range(0, 20, 5)[::-1])
print("bytes:", b"abcdef"[1:4], b"abc"[::-1])

# slicing copies (shallow)
inner = [1]
orig = [inner, 2]
copy = orig[:]
print("shallow copy:", copy == orig, copy is orig, copy[0] is inner)

# slice objects
sl = slice(1, 8, 2)
print("slice object:", s[sl], sl.start, sl.stop, sl.step, repr(sl))
print("indices:", slice(None, None, -1).indices(5), slice(-3, 100).indices(5), slice(1, 2).indices(0))
print("slice equality:", slice(1, 2) == slice(1, 2), slice(1, 2, None) == slice(1, 2))

# zero step
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    slice(0, 1, 0).indices(3)
except ValueError as e:
    print("ValueError:", e)

# non-integer slice bounds
try:
    s[1.0:2]
except TypeError as e:
    print("TypeError:", e)
print("None bounds:", s[None:3], s[7:None])

# custom __getitem__ receives slice objects and tuples
class Show:
    def __getitem__(self, key):
        return key
sh = Show()
print("custom:", sh[1:2], sh[::], sh[1:2, 3], sh[..., 1], sh[:, None])

# extended slicing on strings with unicode
u = "aé€😀b"
print("unicode:", u[::-1], u[1:4], len(u))
