# description: a priority queue with lazy deletion and insertion counters built on heapq pops tasks in CPython's order
# features: [heapq, dataclasses]
# expect: output

import heapq
import itertools
from dataclasses import dataclass, field

REMOVED = "<removed>"
pq, finder, counter = [], {}, itertools.count()
def add(task, priority=0):
    if task in finder:
        remove(task)
    entry = [priority, next(counter), task]
    finder[task] = entry
    heapq.heappush(pq, entry)
def remove(task):
    finder.pop(task)[-1] = REMOVED
def pop():
    while pq:
        priority, count, task = heapq.heappop(pq)
        if task is not REMOVED:
            del finder[task]
            return task, priority
    raise KeyError("pop from an empty priority queue")
for t, p in [("write", 5), ("code", 3), ("test", 5), ("release", 9), ("doc", 1)]:
    add(t, p)
add("test", 2)
remove("doc")
order = []
while True:
    try:
        order.append(pop())
    except KeyError as e:
        print("done:", e)
        break
print("order:", order)

@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
jobs = [Job(3, "c"), Job(1, "a"), Job(2, "b"), Job(1, "a2")]
heapq.heapify(jobs)
print("dataclass heap:", [heapq.heappop(jobs).name for _ in range(4)], len(jobs))
maxheap = []
for v in [3, 10, 7]:
    heapq.heappush(maxheap, -v)
print("max-heap via negation:", [-heapq.heappop(maxheap) for _ in range(3)])
