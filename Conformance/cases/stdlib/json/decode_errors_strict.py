# description: strict=False allows control characters in strings and bytes inputs are decoded by detected encoding
# features: [json, bytes]
# expect: output

import json

print("strict=False:", repr(json.loads('"a\tb\nc"', strict=False)))
try:
    json.loads('"a\nb"')
except json.JSONDecodeError as e:
    print("strict error:", e)
print("utf-8 bytes:", json.loads('{"k": "é"}'.encode("utf-8")))
print("utf-16 bytes:", json.loads('["é"]'.encode("utf-16")))
print("utf-16-le bytes:", json.loads('["x"]'.encode("utf-16-le")))
print("utf-32 bytes:", json.loads('[1]'.encode("utf-32")))
print("utf-8-sig bytes:", json.loads('[2]'.encode("utf-8-sig")))
print("bytearray:", json.loads(bytearray(b"[3]")))
try:
    json.loads(5)
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads(b'"\xff"')
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e.reason)
