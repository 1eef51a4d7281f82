# description: Barrier returns distinct indices, runs its action once per cycle, reuses cycles, abort/broken errors
# features: [threading, locks]
# min-version: 3.13
# expect: output
import threading
import time

N = 5
actions = []
b = threading.Barrier(N, action=lambda: actions.append("action"))
indices = []
lock = threading.Lock()
def worker():
    for cycle in range(3):
        i = b.wait()
        with lock:
            indices.append((cycle, i))
threads = [threading.Thread(target=worker) for _ in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("indices per cycle:", [sorted(i for c, i in indices if c == cyc) for cyc in range(3)])
print("action count:", len(actions))
print("parties/waiting/broken:", b.parties, b.n_waiting, b.broken)
b2 = threading.Barrier(2)
try:
    b2.wait(timeout=0.05)
except threading.BrokenBarrierError:
    print("timeout breaks barrier:", b2.broken)
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print("wait on broken ! BrokenBarrierError", repr(str(e)))
b2.reset()
print("after reset broken:", b2.broken)
b3 = threading.Barrier(3)
errors = []
def waiter():
    try:
        b3.wait()
    except threading.BrokenBarrierError:
        errors.append("broken")
ws = [threading.Thread(target=waiter) for _ in range(2)]
for w in ws:
    w.start()
while b3.n_waiting < 2:
    time.sleep(0.001)
b3.abort()
for w in ws:
    w.join()
print("abort wakes waiters with BrokenBarrierError:", errors)
try:
    threading.Barrier(0)
except ValueError as e:
    print("zero parties ! ValueError:", e)
print("BrokenBarrierError is RuntimeError:", issubclass(threading.BrokenBarrierError, RuntimeError))
