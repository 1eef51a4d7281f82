# description: queue.Queue with several producers and consumers delivers every item once; sentinel shutdown
# features: [threading]
# flags: [free-threading, stress]
# expect: output
import queue
import threading

q = queue.Queue()
PRODUCERS, CONSUMERS, ITEMS = 4, 3, 2500
received = [[] for _ in range(CONSUMERS)]
def producer(pid):
    for i in range(ITEMS):
        q.put((pid, i))
def consumer(cid):
    while True:
        item = q.get()
        if item is None:
            return
        received[cid].append(item)
prods = [threading.Thread(target=producer, args=(p,)) for p in range(PRODUCERS)]
cons = [threading.Thread(target=consumer, args=(c,)) for c in range(CONSUMERS)]
for t in prods + cons:
    t.start()
for t in prods:
    t.join()
for _ in cons:
    q.put(None)
for t in cons:
    t.join()
allitems = [x for part in received for x in part]
print("received:", len(allitems), "unique:", len(set(allitems)))
print("sum check:", sum(i for _, i in allitems) == PRODUCERS * sum(range(ITEMS)))
print("per-producer FIFO within each consumer:", all(
    [i for p, i in part if p == pid] == sorted(i for p, i in part if p == pid) for part in received for pid in range(PRODUCERS)))
print("queue empty:", q.empty(), q.qsize())
