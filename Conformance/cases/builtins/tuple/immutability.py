# description: tuples are immutable but hold mutable items; += on an item raises after mutating it
# features: [builtins, tuple, exceptions]
# min-version: 3.13
# expect: output
t = (1, [2, 3], {"k": 0})
for label, action in [("item assign", lambda: t.__setitem__(0, 9)), ("del item", lambda: t.__delitem__(0)),
                      ("append attr", lambda: t.append(4)), ("sort attr", lambda: t.sort())]:
    try:
        action()
    except (TypeError, AttributeError) as e:
        print(label, "!", type(e).__name__ + ":", e)
try:
    t[0] = 5
except TypeError as e:
    print("statement assign ! TypeError:", e)
try:
    del t[1]
except TypeError as e:
    print("statement del ! TypeError:", e)
t[1].append(4)
t[2]["k"] += 1
print("mutable items mutate:", t)
try:
    t[1] += [5]
except TypeError as e:
    print("+= on item ! TypeError:", e)
print("but the list was extended:", t[1])
u = t
t += (6,)
print("t += makes new tuple:", u is t, len(u), len(t))
try:
    hash(t)
except TypeError as e:
    print("hash with list ! TypeError:", e)
f = (1, (2, frozenset({3})), "x")
print("hashable nested:", hash(f) == hash((1, (2, frozenset({3})), "x")))
try:
    t.x = 1
except AttributeError as e:
    print("setattr ! AttributeError:", e)
a, *rest = t
print("star unpack gives list:", type(rest).__name__, rest[0])
