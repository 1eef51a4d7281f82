# description: nested structures round-trip through dumps/loads, with tuples becoming lists and non-string keys becoming strings
# features: [json]
# expect: output

import json

data = {
    "users": [
        {"id": 1, "name": "Ann", "roles": ("admin", "dev"), "score": 9.5, "active": True},
        {"id": 2, "name": "Bob", "roles": [], "score": None, "active": False},
    ],
    "meta": {"count": 2, 3: "three", "ratio": 1 / 3, "nested": [[[]], [{}]]},
}
text = json.dumps(data)
back = json.loads(text)
print(text)
print("roles became list:", back["users"][0]["roles"])
print("int key became str:", "3" in back["meta"], 3 in back["meta"])
print("ratio exact:", back["meta"]["ratio"] == 1 / 3)
print("equal after second trip:", json.loads(json.dumps(back)) == back)
print("top-level scalars:", json.loads('"s"'), json.loads("null"), json.loads(" true "))
s = json.dumps("x" * 3)
print("string doc:", s, json.loads(s))
print("whitespace tolerant:", json.loads(' \n\t{ "a" :\r\n [ 1 , 2 ] } \n'))
print("large doc:", len(json.loads(json.dumps(list(range(10000))))))
