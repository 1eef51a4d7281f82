# description: expressions evaluate left to right; assignment evaluates the right side first then targets left to right
# features: [syntax, assignment, dict]
# expect: output

log = []
def v(name, value=None):
    log.append(name)
    return value if value is not None else name

# binary operators and calls: left to right
log.clear()
r = v("a", 1) + v("b", 2) * v("c", 3)
print("arithmetic:", r, log)
log.clear()
v("f", lambda *a, **k: None)(v("x"), v("y"), k=v("z"))
print("call:", log)

# dict display: key then value, pairs left to right; later duplicate keys win with the first key object kept
log.clear()
d = {v("k1"): v("v1"), v("k2"): v("v2")}
print("dict display:", log)
print("duplicate keys:", {1: "a", 1.0: "b", True: "c"})

# dict comprehension: key evaluated before value (3.8+)
log.clear()
{v(f"key{i}"): v(f"val{i}") for i in range(2)}
print("dict comprehension:", log)

# assignment: value first, then targets left to right
class Rec:
    def __setitem__(self, k, val):
        log.append(f"set[{k}]={val}")
    def __setattr__(self, k, val):
        log.append(f"set .{k}={val}")
rec = Rec()
log.clear()
rec[v("i1")] = rec.attr = rec[v("i2")] = v("value")
print("chained assignment:", log)

# tuple assignment evaluates the right side completely before assigning
a, b = 1, 2
a, b = b, a
print("swap:", a, b)
lst = [0, 1, 2]
i = 0
i, lst[i] = 1, "x"
print("target order:", i, lst)

# subscript target: the value is evaluated before the container and index expressions
log.clear()
v("container", {})[v("index")] = v("rhs")
print("subscript assign order:", log)

# augmented assignment: target container/index, then value
log.clear()
dd = {"index": 1}
v("container", dd)[v("index")] += v("rhs", 5)
print("augmented order:", log, dd)

# comparison operands and boolean operators
log.clear()
v("l", 1) < v("r", 2)
print("comparison:", log)

# argument unpacking evaluated in order
log.clear()
def f(*a, **k): return a, k
f(v("p1"), *[v("star")], v("p2"), **{v("kw"): 1})
print("arguments:", log)

# slicing evaluates object, start, stop, step in order
log.clear()
v("seq", [1, 2, 3])[v("start", 0):v("stop", 2):v("step", 1)]
print("slice:", log)

# conditional expression and list display
log.clear()
[v("e1"), v("e2") if v("c") else v("e3"), *[v("s")]]
print("display:", log)
