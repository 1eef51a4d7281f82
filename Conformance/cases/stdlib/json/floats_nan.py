# description: json floats use repr, NaN/Infinity are emitted and parsed by default, allow_nan=False rejects them, parse_constant hooks them
# features: [json, float]
# min-version: 3.12
# expect: output

import json, math

print(json.dumps([0.1, 1.0, -0.0, 1e16, 1e-7, 123456789.123, 2.5e-300, 1.7976931348623157e308]))
print(json.dumps([float("nan"), float("inf"), float("-inf")]))
for v in (float("nan"), float("inf"), float("-inf")):
    try:
        json.dumps(v, allow_nan=False)
    except ValueError as e:
        print("ValueError:", e)
vals = json.loads('[NaN, Infinity, -Infinity, 1.5, 1E3, 1e-2, -0, -0.0, 0]')
print("loaded:", [repr(v) for v in vals])
print("nan is nan:", math.isnan(vals[0]))
print("parse_constant:", json.loads("[NaN, -Infinity]", parse_constant=lambda c: f"<{c}>"))
print("big exponent:", json.loads("1e400"), json.loads("-1e400"))
print("int stays int:", type(json.loads("10")).__name__, type(json.loads("10.0")).__name__, json.loads("12345678901234567890123"))
class F(float):
    def __repr__(self):
        return "nope"
print("float subclass uses float repr:", json.dumps(F(2.5)))
