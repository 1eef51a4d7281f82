# description: every list method incl. insert clamping, pop/remove/index errors and index start/stop bounds
# features: [builtins, list]
# expect: output

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

a = [3, 1, 4]
a.append([1, 5])
print("append list as one item:", a, len(a))
a.extend((9, 2))
a.extend("ab")
a.extend(x for x in range(2))
print("extend:", a)
a.insert(0, "first")
a.insert(-1, "before-last")
a.insert(100, "end")
a.insert(-100, "start")
print("insert clamps:", a)
print("pop():", a.pop(), "pop(0):", a.pop(0), "pop(-2):", a.pop(-2))
print("after pops:", a)
a.remove(1)
print("remove first 1:", a)
show("remove missing", lambda: a.remove(99))
show("index", lambda: a.index(4))
show("index start", lambda: a.index(0, 3))
show("index start/stop", lambda: a.index(4, 0, 2))
show("index negative start", lambda: a.index("a", -5))
show("index missing", lambda: a.index("zz"))
show("count", lambda: [a.count(x) for x in (1, "a", [1, 5], 42)])
b = a.copy()
b.reverse()
print("copy independent:", b is not a, b[0] == a[-1], b == a[::-1])
b.clear()
print("clear:", b, len(a) > 0)
show("pop empty", lambda: [].pop())
show("pop out of range", lambda: [1].pop(5))
show("pop str", lambda: [1].pop("0"))
show("extend non-iterable", lambda: [].extend(5))
show("insert missing arg", lambda: [].insert(1))
show("append two args", lambda: [].append(1, 2))
show("count nan identity", lambda: [float("nan")].count(float("nan")))
n = float("nan")
show("index nan identity", lambda: [1, n].index(n))
show("remove uses ==", lambda: (lambda l: (l.remove(1.0), l)[1])([True, 1, 2]))
show("index/count call __eq__", lambda: [{1: 2}, [3]].index([3]))
