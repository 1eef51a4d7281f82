# description: Counter counting, most_common with insertion-order ties, elements, update/subtract, total and missing keys
# features: [collections]
# expect: output

from collections import Counter

c = Counter("abracadabra")
print("repr:", repr(c))
print("most_common:", c.most_common())
print("most_common(2):", c.most_common(2))
print("ties keep first-seen order:", Counter("zyxzyx").most_common())
print("missing key zero:", c["q"], "q" in c)
print("elements:", "".join(c.elements()))
c.update("aaz")
c.update({"b": 10})
print("after update:", c.most_common(3))
c.subtract({"a": 20, "w": 1})
print("after subtract:", sorted(c.items()))
print("total:", Counter(a=3, b=-1).total())
print("from mapping:", Counter({"x": 2, "y": 0}))
print("kwargs:", Counter(cats=4, dogs=8))
print("elements skips <=0:", list(Counter(a=2, b=0, c=-1).elements()))
c2 = Counter()
c2["k"] += 1
print("increment missing:", c2)
del c2["k"]
del c2["never"]
print("del missing ok:", c2)
print("empty repr:", repr(Counter()))
print("fromkeys:", end=" ")
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print("NotImplementedError:", e)
print("most_common(0):", c.most_common(0))
print("most_common(-1):", c.most_common(-1))
print("words:", Counter("the cat and the hat and the bat".split()).most_common(3))
