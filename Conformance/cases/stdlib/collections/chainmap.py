# description: ChainMap looks up through maps in order, writes only to the first map, and supports new_child/parents/maps
# features: [collections]
# expect: output

from collections import ChainMap

defaults = {"color": "red", "user": "guest", "size": 1}
env = {"user": "admin"}
cli = {"size": 5}
cm = ChainMap(cli, env, defaults)
print("lookup:", cm["color"], cm["user"], cm["size"])
print("len & keys:", len(cm), sorted(cm))
print("iteration order:", list(cm))
cm["color"] = "blue"
print("write to first:", cli, defaults["color"])
del cm["color"]
print("after del:", cm["color"])
try:
    del cm["user"]
except KeyError as e:
    print("KeyError:", e)
child = cm.new_child({"user": "root"})
print("child:", child["user"], "parents:", child.parents["user"])
print("maps count:", len(child.maps))
print("repr:", repr(ChainMap({"a": 1}, {"b": 2})))
print("get:", cm.get("missing", "dflt"), "in:", "size" in cm)
print("new_child kwargs:", cm.new_child(m=None, extra=1)["extra"])
print("dict():", dict(sorted(ChainMap({"a": 1}, {"a": 2, "b": 3}).items())))
empty = ChainMap()
print("empty maps:", empty.maps)
try:
    empty.popitem()
except KeyError as e:
    print("KeyError:", e)
print("pop:", cm.pop("size"), cli)
merged = ChainMap({"a": 1}) | {"b": 2}
print("or:", type(merged).__name__, sorted(merged.items()))
class Deep(ChainMap):
    def __setitem__(self, key, value):
        for m in self.maps:
            if key in m:
                m[key] = value
                return
        self.maps[0][key] = value
d = Deep({"a": 1}, {"b": 2})
d["b"] = 20
d["c"] = 30
print("deep write:", d.maps)
