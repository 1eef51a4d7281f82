# description: with a lock around compound updates, readers under the lock see len consistent with contents
# features: [threading, list, locks]
# flags: [free-threading, stress]
# expect: output
import sys
import threading

if hasattr(sys, "setswitchinterval"):
    sys.setswitchinterval(1e-5)
lock = threading.Lock()
items = []
count = [0]
stop = threading.Event()
inconsistent = []
lock_free_bad = []
def writer(tid):
    for i in range(3000):
        with lock:
            items.append((tid, i))
            count[0] += 1
        if i % 3 == 0:
            with lock:
                items.pop()
                count[0] -= 1
def reader():
    while not stop.is_set():
        with lock:
            if len(items) != count[0]:
                inconsistent.append((len(items), count[0]))
        n = len(items)
        if not 0 <= n <= 4 * 3000:
            lock_free_bad.append(n)
writers = [threading.Thread(target=writer, args=(t,)) for t in range(4)]
readers = [threading.Thread(target=reader) for _ in range(2)]
for t in readers + writers:
    t.start()
for t in writers:
    t.join()
stop.set()
for t in readers:
    t.join()
print("locked reads consistent:", inconsistent == [])
print("lock-free len always in range:", lock_free_bad == [])
print("final:", len(items), count[0], len(items) == 4 * (3000 - 1000))
