# description: __copy__ and __deepcopy__ hooks are used, deepcopy passes its memo dict, and copy.replace (3.13) uses __replace__
# features: [copy, classes]
# min-version: 3.13
# expect: output

import copy

class Tracked:
    def __init__(self, data):
        self.data = data
    def __copy__(self):
        print("  __copy__ called")
        return Tracked(self.data)
    def __deepcopy__(self, memo):
        print("  __deepcopy__ called, memo is dict:", isinstance(memo, dict))
        new = Tracked(copy.deepcopy(self.data, memo))
        return new

t = Tracked([1, [2]])
c = copy.copy(t)
print("copy shares data:", c.data is t.data)
d = copy.deepcopy(t)
print("deepcopy new data:", d.data is not t.data, d.data == t.data)
pair = [t, t]
dp = copy.deepcopy(pair)
print("memo reuse:", dp[0] is dp[1])

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __replace__(self, **changes):
        return Point(changes.get("x", self.x), changes.get("y", self.y))
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
print("copy.replace:", copy.replace(Point(1, 2), y=5))
from collections import namedtuple
NT = namedtuple("NT", "a b")
print("replace namedtuple:", copy.replace(NT(1, 2), a=9))
try:
    copy.replace([1, 2])
except TypeError as e:
    print("TypeError:", e)
memo = {}
x = [1, 2]
y = copy.deepcopy([x, x], memo)
print("memo populated:", id(x) in memo, memo[id(x)] is y[0])
