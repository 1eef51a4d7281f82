# description: json.loads object_hook, object_pairs_hook, parse_float and parse_int replace the default conversions
# features: [json]
# expect: output

import json
from decimal import Decimal
from collections import OrderedDict
from fractions import Fraction

text = '{"b": 1, "a": {"x": 1.10, "y": [2, 3.0]}, "b": 2}'
print("duplicate keys last wins:", json.loads(text))
print("object_pairs_hook keeps duplicates:", json.loads(text, object_pairs_hook=lambda pairs: pairs))
od = json.loads('{"z": 1, "a": 2}', object_pairs_hook=OrderedDict)
print("pairs OrderedDict:", type(od).__name__, list(od.items()))
calls = []
def hook(d):
    calls.append(sorted(d))
    return {"obj": len(d)}
print("object_hook:", json.loads(text, object_hook=hook))
print("hook call order innermost first:", calls)
print("pairs hook wins over object_hook:", json.loads('{"a": 1}', object_hook=lambda d: "hook", object_pairs_hook=lambda p: "pairs"))
print("parse_float Decimal:", json.loads("[1.10, 2.50e1]", parse_float=Decimal))
print("parse_int Fraction:", json.loads("[3, -4]", parse_int=lambda s: Fraction(int(s), 2)))
print("parse_int str:", json.loads('{"n": 7}', parse_int=str))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
def as_point(d):
    if d.keys() == {"x", "y"}:
        return Point(d["x"], d["y"])
    return d
print("decode objects:", json.loads('{"pts": [{"x": 1, "y": 2}, {"x": 3, "y": 4}], "n": 2}', object_hook=as_point))
print("cls decoder:", json.loads("[1.5]", cls=json.JSONDecoder, parse_float=str))
