# description: index/count/in/* /+ behave consistently across list, tuple, str, bytes, bytearray and range
# features: [builtins, list, tuple, str, bytes, range]
# min-version: 3.13
# expect: output

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

seqs = {"list": [1, 2, 3, 2], "tuple": (1, 2, 3, 2), "str": "abcb", "bytes": b"abcb", "bytearray": bytearray(b"abcb"), "range": range(1, 5)}
probe = {"list": 2, "tuple": 2, "str": "b", "bytes": ord("b"), "bytearray": ord("b"), "range": 2}
for name, s in seqs.items():
    p = probe[name]
    show(name + " index/count/in", lambda: (s.index(p), s.count(p), p in s, len(s)))
    show(name + " index missing", lambda: s.index("z") if name == "str" else s.index(122) if name in ("bytes", "bytearray") else s.index(99))
    show(name + " index with start", lambda: s.index(p, 2) if name != "range" else s.index(p))
    show(name + " * 2 len", lambda: len(s * 2) if name != "range" else "n/a")
    show(name + " min/max", lambda: (min(s), max(s)))
    show(name + " reversed", lambda: list(reversed(s))[:2])
show("range * 2", lambda: range(3) * 2)
show("range + range", lambda: range(1) + range(2))
show("str index with int", lambda: "abc".index(97))
show("bytes index with bytes", lambda: b"abcb".index(b"cb"))
show("tuple count of nested", lambda: ((1,), (1,), 1).count((1,)))
