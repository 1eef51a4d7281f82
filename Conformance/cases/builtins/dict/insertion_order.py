# description: dict preserves insertion order; value update keeps position, delete+reinsert moves to end
# features: [builtins, dict]
# expect: output
d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print("order:", list(d))
d["alpha"] = 100
print("update keeps position:", list(d.items()))
del d["zeta"]
d["zeta"] = 0
print("reinsert goes last:", list(d))
d.pop("mid")
d.setdefault("mid", 7)
print("pop+setdefault:", list(d))
d.setdefault("alpha", -1)
print("setdefault existing no move:", list(d), d["alpha"])
big = {i: i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
big[0] = "back"
keys = list(big)
print("after many deletes:", keys[:3], keys[-2:], len(big))
print("literal order:", list({"b": 1, "a": 2, "c": 3}), "duplicate literal keeps first position:", {"x": 1, "y": 2, "x": 3})
print("dict(kwargs) order:", list(dict(q=1, p=2, r=3)))
print("comprehension order:", list({c: None for c in "hello"}))
print("reversed:", list(reversed({"a": 1, "b": 2, "c": 3})), list(reversed({"a": 1}.items())))
print("values order:", list({"x": 3, "y": 1, "z": 2}.values()))
print("copy keeps order:", list({"b": 1, "a": 2}.copy()))
print("equality ignores order:", {"a": 1, "b": 2} == {"b": 2, "a": 1})
print("items lists differ:", list({"a": 1, "b": 2}.items()) == list({"b": 2, "a": 1}.items()))
e = dict.fromkeys("abc")
e.update({"a": 1, "d": 4})
print("update existing keeps position:", list(e.items()))
