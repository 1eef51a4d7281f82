# description: dict with many keys sharing one hash value: inserts, lookups, deletes and re-inserts stay correct
# features: [builtins, dict, hashing]
# expect: output
calls = {"eq": 0}
class K:
    __slots__ = ("v",)
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 12345
    def __eq__(self, other):
        calls["eq"] += 1
        return isinstance(other, K) and self.v == other.v
    def __repr__(self):
        return "K(%d)" % self.v
d = {}
for i in range(300):
    d[K(i)] = i
print("size:", len(d))
print("all found:", all(d[K(i)] == i for i in range(300)))
print("missing not found:", K(999) in d, d.get(K(-1)))
for i in range(0, 300, 2):
    del d[K(i)]
print("after deleting evens:", len(d), all(K(i) not in d for i in range(0, 300, 2)), all(d[K(i)] == i for i in range(1, 300, 2)))
for i in range(0, 300, 2):
    d[K(i)] = -i
print("reinserted go to end:", list(d)[:3], list(d)[-2:])
print("values:", sum(d.values()) == sum(range(1, 300, 2)) - sum(range(0, 300, 2)))
print("eq was consulted:", calls["eq"] > 0)
class Mixed:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return self.v == other
s = {Mixed(1), Mixed(2)}
print("set finds by custom eq:", 1 in s, 3 in s)
print("-1 hash collision with -2:", len({-1: "a", -2: "b"}), {-1: "a", -2: "b"}[-1])
