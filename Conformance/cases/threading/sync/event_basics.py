# description: Event set/clear/is_set, wait() return values with and without timeout, waking many waiters
# features: [threading, locks]
# expect: output
import threading

e = threading.Event()
print("initial:", e.is_set())
print("wait timeout unset:", e.wait(0.01))
e.set()
print("after set:", e.is_set(), "wait returns:", e.wait(), e.wait(0))
e.clear()
print("after clear:", e.is_set(), e.wait(0))
go = threading.Event()
ready = []
lock = threading.Lock()
def waiter(i):
    r = go.wait(10)
    with lock:
        ready.append((i, r))
threads = [threading.Thread(target=waiter, args=(i,)) for i in range(6)]
for t in threads:
    t.start()
go.set()
for t in threads:
    t.join()
print("all waiters released:", sorted(ready))
print("set twice is fine:", go.set() is None, go.is_set())
