# description: dict.fromkeys shares one value object; copy is shallow; clear/len/in/iteration basics
# features: [builtins, dict]
# expect: output
d = dict.fromkeys(["a", "b", "c"], [])
d["a"].append(1)
print("shared value:", d)
print("same object:", d["a"] is d["c"])
print("fromkeys default None:", dict.fromkeys("xy"))
print("fromkeys dedup order:", dict.fromkeys("mississippi"))
print("fromkeys from dict:", dict.fromkeys({"k": 1, "j": 2}, 0))
class D(dict):
    pass
print("fromkeys on subclass:", type(D.fromkeys("a")).__name__)
try:
    dict.fromkeys([[1]])
except TypeError as e:
    print("fromkeys unhashable ! TypeError:", e)
orig = {"n": [1, 2], "s": "str"}
cp = orig.copy()
cp["n"].append(3)
cp["s"] = "changed"
print("shallow copy:", orig, cp)
print("dict(orig) is new:", dict(orig) is not orig, dict(orig) == orig)
cp.clear()
print("clear:", cp, len(cp), bool(cp))
print("in checks keys:", "n" in orig, [1, 2, 3] in orig.values(), ("s", "str") in orig.items())
print("len:", len({}), len({i: i for i in range(50)}))
print("iter yields keys:", [k for k in {"p": 1, "q": 2}])
try:
    {}.fromkeys()
except TypeError as e:
    print("fromkeys no args ! TypeError:", e)
