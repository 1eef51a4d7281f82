# description: deque append/appendleft/pop/popleft/extend/extendleft/insert/index/remove/count and its repr
# features: [collections]
# expect: output

from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print("repr:", repr(d))
d.extend("ab")
d.extendleft([10, 20])
print("extendleft reverses:", d)
print("pop popleft:", d.pop(), d.popleft(), d)
d.insert(2, "ins")
d.insert(-1, "neg")
d.insert(100, "end")
print("insert:", d)
print("index:", d.index("ins"), d.index(3, 3), d.index(1, 0, 4))
try:
    d.index("zz")
except ValueError as e:
    print("ValueError:", e)
d.remove("ins")
print("remove:", d)
try:
    d.remove("missing")
except ValueError as e:
    print("ValueError:", e)
print("count:", deque([1, 1, 2]).count(1))
print("getitem:", d[0], d[-1], len(d))
d[0] = "first"
del d[1]
print("set/del item:", d)
try:
    d[1:2]
except TypeError as e:
    print("TypeError:", e)
e = deque()
for name in ("pop", "popleft"):
    try:
        getattr(e, name)()
    except IndexError as ex:
        print("IndexError:", ex)
print("empty repr:", repr(deque()))
print("reversed:", list(reversed(deque("abc"))))
print("eq:", deque([1, 2]) == deque([1, 2]), deque([1]) == [1], deque([1, 2]) < deque([1, 3]))
print("add mul:", deque([1]) + deque([2]), deque("ab") * 2)
print("contains:", 2 in deque([1, 2]))
d2 = deque([1, 2, 3])
d2.clear()
print("clear:", d2, bool(d2))
print("copy:", deque([1, [2]]).copy())
