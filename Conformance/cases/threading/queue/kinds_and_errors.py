# description: Queue/LifoQueue/PriorityQueue/SimpleQueue ordering, maxsize, Full/Empty with nowait and timeouts
# features: [threading]
# expect: output
import queue

fifo, lifo, prio = queue.Queue(), queue.LifoQueue(), queue.PriorityQueue()
for x in [3, 1, 4, 1, 5, 9, 2, 6]:
    fifo.put(x)
    lifo.put(x)
    prio.put(x)
print("fifo:", [fifo.get() for _ in range(8)])
print("lifo:", [lifo.get() for _ in range(8)])
print("prio:", [prio.get() for _ in range(8)])
pq = queue.PriorityQueue()
for item in [(2, "b"), (1, "z"), (2, "a"), (0, "first")]:
    pq.put(item)
print("priority tuples:", [pq.get_nowait() for _ in range(4)])
sq = queue.SimpleQueue()
sq.put("a")
sq.put("b")
print("SimpleQueue:", sq.get(), sq.get_nowait(), sq.empty(), sq.qsize())
bounded = queue.Queue(maxsize=2)
bounded.put(1)
bounded.put_nowait(2)
print("full:", bounded.full(), bounded.qsize(), bounded.maxsize)
try:
    bounded.put_nowait(3)
except queue.Full:
    print("put_nowait on full ! queue.Full")
try:
    bounded.put(3, timeout=0.01)
except queue.Full:
    print("put timeout ! queue.Full")
print("drain:", bounded.get(), bounded.get())
try:
    bounded.get_nowait()
except queue.Empty:
    print("get_nowait on empty ! queue.Empty")
try:
    bounded.get(timeout=0.01)
except queue.Empty:
    print("get timeout ! queue.Empty")
try:
    bounded.get(block=False, timeout=1)
except queue.Empty:
    print("non-blocking ignores timeout ! queue.Empty")
try:
    bounded.get(timeout=-1)
except ValueError as e:
    print("negative timeout ! ValueError:", e)
print("maxsize 0 is unbounded:", queue.Queue(0).full(), queue.Queue(-1).full())
try:
    queue.SimpleQueue().get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue timeout ! queue.Empty")
print("Empty/Full are Exceptions:", issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
