# description: dict mutation during iteration raises RuntimeError (size change or keys changed); value updates are fine
# features: [builtins, dict, iterators]
# expect: output
d = {i: i for i in range(5)}
try:
    for k in d:
        d[k + 100] = 0
except RuntimeError as e:
    print("insert ! RuntimeError:", e)
d = {i: i for i in range(5)}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("delete ! RuntimeError:", e)
d = {i: i for i in range(5)}
for k in d:
    d[k] = k * 10
print("value updates ok:", d)
for label, view in [("keys", lambda: d.keys()), ("values", lambda: d.values()), ("items", lambda: d.items())]:
    it = iter(view())
    next(it)
    d["new-" + label] = 1
    try:
        next(it)
    except RuntimeError as e:
        print(label, "view ! RuntimeError:", e)
d = {1: 1, 2: 2}
it = iter(d)
d[3] = 3
try:
    next(it)
except RuntimeError as e:
    print("first next after change ! RuntimeError:", e)
try:
    next(it)
    print("iterator continued")
except RuntimeError:
    print("iterator still raises RuntimeError")
except StopIteration:
    print("iterator exhausted after error")
d = {"a": 1, "b": 2}
for k in list(d):
    del d[k]
print("iterate over list copy then delete:", d)
d = {"a": 1}
for k in d:
    d.pop(k)
    d[k] = 2
    break
print("break right after mutation:", d)
