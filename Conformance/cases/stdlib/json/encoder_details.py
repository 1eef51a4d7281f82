# description: JSON encoder details: dict and list subclasses, int and float subclasses, huge ints, key types with sort_keys, iterencode chunks with indent, and the default hook order
# features: [json]
# expect: output

import json

class Items(dict):
    def items(self):
        return sorted(super().items(), reverse=True)
class L(list):
    pass
class T(tuple):
    pass
print(json.dumps(Items(a=1, b=2, c=3)))
print(json.dumps(L([1, T((2, 3))])))
print(json.dumps({"n": 10 ** 40, "neg": -(2 ** 70), "f": 1e-320, "b": True}))
print(json.dumps({2: "b", 1: "a"}, sort_keys=True), json.dumps({True: 1, None: 2, 1.5: 3}))
print(list(json.JSONEncoder(indent=1, sort_keys=True).iterencode({"b": [1, {}], "a": []})))
print(list(json.JSONEncoder(separators=(",", ":")).iterencode([{"k": 1.5}, "s", None])))
calls = []
def default(o):
    calls.append(type(o).__name__)
    return str(o)
print(json.dumps([{1, 2}.__class__, object], default=lambda o: o.__name__))
print(json.dumps([complex(1, 2), b"x"], default=default), calls)
print(json.dumps("\x7f\x80\u00ff\u0100"), json.dumps("\x7f\x80", ensure_ascii=False))
print(json.dumps([float("inf")], allow_nan=True), json.dumps({"a": -0.0}))
try:
    json.dumps({float("nan"): 1}, allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps({"x": [1, 2]}, indent="  ", separators=(",", ": ")))
print(repr(json.dumps([], indent=2)), repr(json.dumps({}, indent=2)), repr(json.dumps([[]], indent=0)))
