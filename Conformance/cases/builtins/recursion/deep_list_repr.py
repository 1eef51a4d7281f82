# description: repr/str of a 200000-deep nested list raise RecursionError (caught); the structure stays usable
# features: [builtins, list, recursion]
# expect: output
deep = []
cur = deep
for _ in range(200000):
    nxt = []
    cur.append(nxt)
    cur = nxt
for label, f in [("repr", repr), ("str", str), ("format", lambda x: format(x, "")), ("f-string", lambda x: f"{x}")]:
    try:
        f(deep)
        print(label, "unexpectedly succeeded")
    except RecursionError as e:
        print(label, "! RecursionError:", "recursion" in str(e))
depth = 0
cur = deep
while cur:
    cur = cur[0]
    depth += 1
print("iterative depth walk still works:", depth)
print("len of outer:", len(deep), "bool:", bool(deep))
shallow = [[[1]]]
print("shallow repr fine after errors:", repr(shallow))
del deep
print("deleting the deep structure does not crash")
