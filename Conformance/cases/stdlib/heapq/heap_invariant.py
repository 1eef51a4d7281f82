# description: heapq works on lists of custom __lt__ objects and preserves the invariant heap[k] <= heap[2k+1], heap[2k+2]
# features: [heapq]
# expect: output

import heapq
import random

class Rev:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return f"R{self.v}"
h = [Rev(v) for v in [3, 9, 1, 7]]
heapq.heapify(h)
print("custom __lt__ heap top:", h[0], "pops:", [heapq.heappop(h) for _ in range(4)])
rng = random.Random(4)
data = [rng.randrange(100) for _ in range(50)]
heapq.heapify(data)
ok = all(data[k] <= data[c] for k in range(len(data)) for c in (2 * k + 1, 2 * k + 2) if c < len(data))
print("invariant:", ok)
print("first elements:", data[:8])
for _ in range(10):
    heapq.heappush(data, rng.randrange(100))
    heapq.heappop(data)
print("after ops:", data[:8])
drained = [heapq.heappop(data) for _ in range(len(data))]
print("drain is sorted:", drained == sorted(drained), len(drained))
