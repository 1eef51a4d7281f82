# description: OrderedDict move_to_end, popitem(last), order-sensitive equality with other OrderedDicts but not dicts, and repr
# features: [collections, dict]
# min-version: 3.12
# expect: output

from collections import OrderedDict

od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
print("move_to_end:", "".join(od))
od.move_to_end("e", last=False)
print("move to front:", "".join(od))
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError:", e)
print("popitem last:", od.popitem())
print("popitem first:", od.popitem(last=False))
print("left:", list(od))
a = OrderedDict([("x", 1), ("y", 2)])
b = OrderedDict([("y", 2), ("x", 1)])
print("od == od order matters:", a == b)
print("od == dict ignores order:", a == dict(b), dict(b) == a)
print("repr:", repr(a))
print("empty repr:", repr(OrderedDict()))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
a["x"] = 10
print("update keeps position:", list(a.items()))
del a["x"]
a["x"] = 1
print("reinsert at end:", list(a))
print("reversed:", list(reversed(OrderedDict.fromkeys("abc"))))
m = OrderedDict(a=1) | {"b": 2}
print("union type:", type(m).__name__, list(m.items()))
print("setdefault:", od.setdefault("new", 0), list(od))
print("pop default:", od.pop("missing", "dflt"))
