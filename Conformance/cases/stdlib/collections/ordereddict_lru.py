# description: an LRU cache built on OrderedDict evicts the least recently used key using move_to_end and popitem(last=False)
# features: [collections]
# min-version: 3.12
# expect: output

from collections import OrderedDict

class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity
    def get(self, key):
        if key not in self:
            return -1
        self.move_to_end(key)
        return self[key]
    def put(self, key, value):
        if key in self:
            self.move_to_end(key)
        self[key] = value
        if len(self) > self.capacity:
            evicted = self.popitem(last=False)
            print("  evict", evicted)

c = LRU(2)
c.put(1, "one")
c.put(2, "two")
print("get 1:", c.get(1))
c.put(3, "three")
print("get 2:", c.get(2))
c.put(4, "four")
print("get 1:", c.get(1), "get 3:", c.get(3), "get 4:", c.get(4))
print("order:", list(c.keys()))
print("repr:", repr(c))
