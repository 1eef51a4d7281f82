# description: heappush/heappop/heapify/heapreplace/heappushpop keep the heap invariant and return CPython's elements
# features: [heapq]
# expect: output

import heapq

h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print("heap list:", h)
print("pops:", [heapq.heappop(h) for _ in range(3)], "rest:", h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print("heapify:", data)
print("heapreplace:", heapq.heapreplace(data, 10), data[:4])
print("heappushpop small:", heapq.heappushpop(data, -1), data[:3])
print("heappushpop big:", heapq.heappushpop(data, 100), data[:3])
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print("IndexError:", e)
tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "plan"))
heapq.heappush(tasks, (2, "test"))
heapq.heappush(tasks, (0, "wake"))
print("tuple order:", [heapq.heappop(tasks) for _ in range(4)])
def heapsort(it):
    hh = []
    for v in it:
        heapq.heappush(hh, v)
    return [heapq.heappop(hh) for _ in range(len(hh))]
print("heapsort:", heapsort([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]))
try:
    heapq.heappush([1], "a")
except TypeError as e:
    print("TypeError:", e)
try:
    heapq.heapify((1, 2))
except TypeError as e:
    print("TypeError:", e)
