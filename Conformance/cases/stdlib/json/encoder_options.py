# description: JSONEncoder options (item/key separators, indent as string, check_circular=False, sort_keys) and custom iterencode consumers
# features: [json]
# expect: output

import json

enc = json.JSONEncoder(indent="--", separators=(";", "= "), sort_keys=True)
print(enc.encode({"b": [1, 2], "a": {"y": None, "x": True}}))
print("item/key separators:", enc.item_separator, enc.key_separator)
compact = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False)
print("compact:", compact.encode({"k": ["é", 1.5, None]}))
print("iterencode join equals encode:", "".join(compact.iterencode({"a": [1, {"b": 2}]})) == compact.encode({"a": [1, {"b": 2}]}))
chunks = list(json.JSONEncoder(indent=2).iterencode([1, [2]]))
print("indent chunks:", chunks)
lst = []
lst.append(lst)
try:
    json.dumps(lst, check_circular=False)
except RecursionError:
    print("check_circular=False -> RecursionError")
class Tagged(json.JSONEncoder):
    def encode(self, o):
        return "TAG:" + super().encode(o)
print("dumps uses encode:", json.dumps([1], cls=Tagged))
print("dumps default kwargs:", json.dumps({"a": 1}, indent=None, separators=None))
print("default on encoder:", json.JSONEncoder(default=repr).encode({"s": {1}}))
print("allow_nan encoder:", json.JSONEncoder().encode(float("inf")))
