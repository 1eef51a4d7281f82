# description: json.dumps default= hooks and JSONEncoder subclasses handle custom objects; unsupported types raise TypeError with CPython's message
# features: [json]
# expect: output

import json
from datetime import date
from decimal import Decimal

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

def default(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, set):
        return sorted(o)
    if isinstance(o, date):
        return o.isoformat()
    raise TypeError(f"cannot encode {type(o).__name__}")

print(json.dumps({"p": Point(1, 2), "s": {3, 1, 2}, "d": date(2024, 2, 29)}, default=default))
for obj in [{1, 2}, b"bytes", Point(0, 0), Decimal("1.5"), 1 + 2j, object]:
    try:
        json.dumps(obj)
    except TypeError as e:
        print("TypeError:", e)
try:
    json.dumps({"k": [Decimal("2")]}, default=default)
except TypeError as e:
    print("TypeError from default:", e)

class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)
print(json.dumps({"c": 1 + 2j}, cls=Enc))
try:
    Enc().encode({"bad": frozenset()})
except TypeError as e:
    print("TypeError:", e)
print("iterencode chunks:", list(json.JSONEncoder().iterencode({"a": [1, 2]})))
print("default returning another custom:", json.dumps(Point(Point(1, 2), 3), default=lambda o: o.__dict__))
