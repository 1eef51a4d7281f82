# description: json.dump/json.load work with text file objects, and JSONDecoder.raw_decode parses concatenated documents
# features: [json, io]
# expect: output

import json, io

buf = io.StringIO()
json.dump({"rows": [[1, 2], [3, 4]], "ok": True}, buf, indent=1, sort_keys=True)
text = buf.getvalue()
print(text)
buf.seek(0)
print("load:", json.load(buf))
dec = json.JSONDecoder()
stream = '{"a": 1} [2, 3]  "four" 5.0'
pos = 0
while pos < len(stream):
    while stream[pos].isspace():
        pos += 1
    obj, pos = dec.raw_decode(stream, pos)
    print("raw_decode:", repr(obj), "end:", pos)
try:
    dec.raw_decode("  [1]")
except json.JSONDecodeError as e:
    print("leading whitespace:", e)
try:
    dec.decode("[1] [2]")
except json.JSONDecodeError as e:
    print("decode extra:", e)
print("load bytes file:", json.load(io.BytesIO(b'{"b": null}')))
