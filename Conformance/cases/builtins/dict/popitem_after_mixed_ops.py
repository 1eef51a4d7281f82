# description: popitem follows insertion order (LIFO) across deletes, re-inserts, updates and setdefault
# features: [builtins, dict]
# expect: output
d = {}
for k in "abcdef":
    d[k] = ord(k)
del d["c"]
d["c"] = 0
d["a"] = 100
d.setdefault("z", 26)
d.setdefault("b", -1)
d.update({"d": 4, "y": 25})
del d["e"]
print("order:", list(d))
out = []
while d:
    out.append(d.popitem())
print("popitem sequence:", out)
d2 = dict.fromkeys(range(10))
for i in range(0, 10, 3):
    del d2[i]
d2[0] = "back"
print("after holes:", [d2.popitem()[0] for _ in range(3)], list(d2))
d3 = {"x": 1}
d3.popitem()
d3["y"] = 2
d3["x"] = 3
print("reuse after emptying:", list(d3.items()), d3.popitem())
