# description: json.dumps maps Python types to JSON text with default separators, coerces dict keys to strings and rejects other key types
# features: [json]
# expect: output

import json

print(json.dumps(None), json.dumps(True), json.dumps(False))
print(json.dumps(42), json.dumps(-0), json.dumps(10 ** 30))
print(json.dumps("text"), json.dumps(""))
print(json.dumps([1, "a", None, [], {}]))
print(json.dumps((1, 2)), json.dumps(((),)))
print(json.dumps({"a": 1, "b": [True, False]}))
print("key coercion:", json.dumps({1: "int", 2.5: "float", True: "bool", None: "none", False: 0}))
print("insertion order kept:", json.dumps({"z": 1, "a": 2, "m": 3}))
print("duplicate after coercion:", json.dumps({1: "a", "1": "b"}))
try:
    json.dumps({(1, 2): "tuple key"})
except TypeError as e:
    print("TypeError:", e)
print("skipkeys:", json.dumps({(1, 2): "x", "ok": 1}, skipkeys=True))
class MyInt(int):
    pass
class MyStr(str):
    pass
class MyDict(dict):
    pass
print("subclasses:", json.dumps([MyInt(5), MyStr("s"), MyDict(k=1)]))
class IntEnumLike(int):
    def __repr__(self):
        return "weird"
    __str__ = __repr__
print("int subclass uses int value:", json.dumps(IntEnumLike(7)))
