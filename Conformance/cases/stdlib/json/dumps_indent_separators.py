# description: json.dumps indent (int, str, 0), separators and sort_keys produce exactly CPython's layout
# features: [json]
# expect: output

import json

data = {"name": "x", "tags": ["a", "b"], "empty_list": [], "empty_obj": {}, "nested": {"k": [1, {"z": None}]}}
print(json.dumps(data, indent=2))
print(json.dumps([1, [2, 3]], indent="\t"))
print(json.dumps({"a": [1, 2]}, indent=0))
print(json.dumps([1, 2], indent=-1))
print(repr(json.dumps({"a": 1, "b": 2}, indent=1)))
print("compact:", json.dumps(data, separators=(",", ":")))
print("custom separators:", json.dumps({"a": [1, 2]}, separators=("; ", " = ")))
print("indent with separators:", json.dumps({"a": 1, "b": 2}, indent=1, separators=(",", ": ")).replace("\n", "|"))
print("sort_keys:", json.dumps({"b": 1, "a": {"d": 1, "c": 2}, "C": 0}, sort_keys=True))
try:
    json.dumps({1: "a", "b": 2}, sort_keys=True)
except TypeError as e:
    print("TypeError:", e)
