# description: hashing 100000-deep nested tuples/frozensets must not crash (completes or RecursionError); deep dict repr raises RecursionError
# features: [builtins, tuple, dict, recursion, hashing]
# expect: output
t = ()
for _ in range(100000):
    t = (t,)
def outcome(f):
    try:
        f()
        return "completed"
    except RecursionError:
        return "RecursionError"
print("hash(deep tuple) completes or raises RecursionError (no crash):", outcome(lambda: hash(t)) in ("completed", "RecursionError"))
print("deep tuple as dict key likewise:", outcome(lambda: {t: 1}) in ("completed", "RecursionError"))
d = {}
cur = d
for _ in range(100000):
    cur["k"] = {}
    cur = cur["k"]
try:
    repr(d)
except RecursionError:
    print("repr(deep dict) ! RecursionError")
fs = frozenset()
for _ in range(100000):
    fs = frozenset([fs])
print("hash(deep frozenset) completes or raises RecursionError:", outcome(lambda: hash(fs)) in ("completed", "RecursionError"))
print("program continues:", hash(((1,),)) == hash(((1,),)))
