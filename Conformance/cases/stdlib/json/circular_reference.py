# description: json.dumps detects circular references in lists, dicts and via default= with ValueError
# features: [json]
# expect: output

import json

a = [1]
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print("list ValueError:", e)
d = {"k": 1}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print("dict ValueError:", e)
class Node:
    pass
n = Node()
try:
    json.dumps(n, default=lambda o: o)
except ValueError as e:
    print("default ValueError:", e)
shared = [1, 2]
print("shared not circular:", json.dumps([shared, shared, {"a": shared}]))
deep = []
cur = deep
for _ in range(50):
    nxt = []
    cur.append(nxt)
    cur = nxt
print("deep nesting ok:", len(json.dumps(deep)))
