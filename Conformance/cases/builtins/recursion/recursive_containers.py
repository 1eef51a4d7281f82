# description: self-referencing containers: repr markers, == via identity, comparing two distinct cycles recurses
# features: [builtins, list, dict, recursion]
# expect: output
a = [1]
a.append(a)
print("repr:", repr(a), "len:", len(a))
print("a == a (identity):", a == a, "a in a:", a in a)
b = [1]
b.append(b)
try:
    print("a == b:", a == b)
except RecursionError:
    print("a == b ! RecursionError")
d = {"x": 1}
d["self"] = d
print("dict repr:", repr(d))
print("dict == itself:", d == d)
e = {"x": 1}
e["self"] = e
try:
    d == e
except RecursionError:
    print("two cyclic dicts == ! RecursionError")
t = ([],)
t[0].append(t)
print("tuple through list:", repr(t))
s = set()
l2 = [s]
print("set inside list repr:", repr(l2))
x = []
y = [x]
x.append(y)
print("mutual lists:", repr(x), repr(y))
print("copy of cycle shares inner:", (lambda c: c[1] is a)(a.copy()))
print("count in self:", a.count(a), a.index(a))
