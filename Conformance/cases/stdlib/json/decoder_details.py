# description: JSON decoder details: raw_decode with an index, positions counted in code points with astral characters, scanstring, parse hooks called with the raw text, and errors inside nested values
# features: [json]
# expect: output

import json
from json.decoder import scanstring, JSONDecoder

dec = JSONDecoder()
print(dec.raw_decode('xx[1, 2] tail', 2))
print(dec.raw_decode('"😀" 5', 0), dec.raw_decode('["😀", 1]'))
try:
    json.loads('["😀", @]')
except json.JSONDecodeError as e:
    print(e.msg, e.pos, e.colno)
print(scanstring('"abc" rest', 1), scanstring('x"a\\u00e9\\n"', 2))
try:
    scanstring('"abc', 1)
except json.JSONDecodeError as e:
    print("scanstring:", e)
print(json.loads('[1.0e+2, -0.5E-1, 12e1, 0]', parse_float=lambda t: "F" + t, parse_int=lambda t: "I" + t))
print(json.loads('{"a": NaN}', parse_constant=lambda c: c.lower()))
for doc in ['[[1, 2], [3, 4}', '{"a": {"b": [1, 2,]}}', '{"a": "\\z"}', '[1, 2] 3', '  \n ', '{"a" ']:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e)
print(json.loads('{"a": 1, "a": 2, "b": {"a": 3}}'))
print(json.loads('"\\ud83d\\ude00 \\u00e9"') == "😀 é", ascii(json.loads('"\\udc00\\ud83d"')))
print(json.loads(' [ ] '), json.loads('{ }'), json.loads('"\\/"'))
big = "[" * 100 + "]" * 100
print("deep ok:", len(json.dumps(json.loads(big))))
