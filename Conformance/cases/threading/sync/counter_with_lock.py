# description: a shared counter incremented under a Lock by 8 threads reaches the exact total
# features: [threading, locks]
# flags: [free-threading, stress]
# expect: output
import sys
import threading

if hasattr(sys, "setswitchinterval"):
    sys.setswitchinterval(1e-5)
N, PER = 8, 10000
lock = threading.Lock()
state = {"count": 0}
class Box:
    value = 0
box = Box()
totals = [0]
def worker():
    for _ in range(PER):
        with lock:
            state["count"] += 1
            box.value += 1
            totals[0] = totals[0] + 2
threads = [threading.Thread(target=worker) for _ in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("dict counter:", state["count"])
print("attribute counter:", box.value)
print("list slot counter:", totals[0])
print("all exact:", state["count"] == box.value == N * PER and totals[0] == 2 * N * PER)
