# description: deque with maxlen discards from the opposite end, rotate moves elements both ways, and maxlen errors on insert
# features: [collections]
# expect: output

from collections import deque

d = deque(range(5), maxlen=3)
print("init trimmed:", d, d.maxlen)
d.append(9)
print("append drops left:", d)
d.appendleft(-1)
print("appendleft drops right:", d)
d.extend([7, 8])
print("extend:", d)
d.extendleft("ab")
print("extendleft:", d)
try:
    d.insert(0, "x")
except IndexError as e:
    print("IndexError:", e)
print("maxlen None:", deque().maxlen)
z = deque([1, 2], maxlen=0)
z.append(3)
print("maxlen 0:", z)
try:
    deque([], maxlen=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    d.maxlen = 5
except AttributeError as e:
    print("maxlen read-only:", type(e).__name__)
r = deque(range(6))
r.rotate(2)
print("rotate 2:", r)
r.rotate(-3)
print("rotate -3:", r)
r.rotate(13)
print("rotate 13:", r)
r.rotate()
print("rotate default:", r)
empty = deque()
empty.rotate(5)
print("rotate empty:", empty)
last3 = deque(maxlen=3)
for line in ["l1", "l2", "l3", "l4", "l5"]:
    last3.append(line)
print("tail:", list(last3))
print("repr maxlen:", repr(deque("ab", maxlen=4)))
print("copy keeps maxlen:", d.copy().maxlen)
