# description: augmented assignment on builtins: in-place for list/bytearray/set/dict, rebinding for immutables
# features: [builtins, operators, assignment]
# expect: output
def trace(label, value, op):
    before = value
    after = op(value)
    print(f"{label:10} same object: {after is before!s:5} result: {after!r}")
def iadd(x, y):
    x += y
    return x
def imul(x, y):
    x *= y
    return x
def ior(x, y):
    x |= y
    return x
def isub(x, y):
    x -= y
    return x
trace("list +=", [1], lambda v: iadd(v, [2]))
trace("list *=", [1], lambda v: imul(v, 2))
trace("tuple +=", (1,), lambda v: iadd(v, (2,)))
trace("str +=", "a", lambda v: iadd(v, "b"))
trace("bytes +=", b"a", lambda v: iadd(v, b"b"))
trace("bytearray", bytearray(b"a"), lambda v: iadd(v, b"b"))
trace("set |=", {1}, lambda v: ior(v, {2}))
trace("set -=", {1, 2}, lambda v: isub(v, {2}))
trace("frozen |=", frozenset({1}), lambda v: ior(v, {2}))
trace("dict |=", {"a": 1}, lambda v: ior(v, {"b": 2}))
trace("int +=", 10**20, lambda v: iadd(v, 1))
trace("float *=", 1.5, lambda v: imul(v, 2))
try:
    t = (1,)
    t += [2]
except TypeError as e:
    print("tuple += list ! TypeError:", e)
l = [1]
l += (2, 3)
l += range(2)
l += {"k": 0}
print("list += any iterable:", l)
try:
    l + (1,)
except TypeError as e:
    print("but list + tuple ! TypeError:", e)
s = {1}
try:
    s |= [2]
except TypeError as e:
    print("set |= list ! TypeError:", e)
x = [0]
y = x
y *= 0
print("list *= 0 clears alias:", x)
class Counter:
    def __init__(self):
        self.n = 0
    def __iadd__(self, k):
        self.n += k
        return self
c = Counter()
alias = c
c += 5
print("__iadd__ returning self:", alias.n, alias is c)
class NoIadd:
    def __add__(self, other):
        return "new object"
n = NoIadd()
n += 1
print("fallback to __add__:", n)
