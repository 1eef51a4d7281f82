# description: a bounded Queue blocks fast producers until consumers catch up; size never exceeds maxsize
# features: [threading]
# flags: [stress]
# expect: output
import queue
import threading

MAX = 3
q = queue.Queue(maxsize=MAX)
over = []
got = []
lock = threading.Lock()
def producer(pid):
    for i in range(300):
        q.put(pid * 1000 + i)
        if q.qsize() > MAX:
            over.append(q.qsize())
def consumer():
    while True:
        x = q.get()
        if x < 0:
            return
        with lock:
            got.append(x)
prods = [threading.Thread(target=producer, args=(p,)) for p in range(3)]
cons = [threading.Thread(target=consumer) for _ in range(2)]
for t in cons + prods:
    t.start()
for t in prods:
    t.join()
for _ in cons:
    q.put(-1)
for t in cons:
    t.join()
print("size never above maxsize:", over == [])
print("items:", len(got), sorted(got) == sorted(p * 1000 + i for p in range(3) for i in range(300)))
