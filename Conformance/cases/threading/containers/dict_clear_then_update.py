# description: a writer alternating dict.clear() and dict.update(full) is seen by readers only as empty or complete
# features: [threading, dict]
# flags: [free-threading, stress]
# expect: output
import sys
import threading

if hasattr(sys, "setswitchinterval"):
    sys.setswitchinterval(1e-5)
FULL = {("k", i): i for i in range(300)}
shared = dict(FULL)
stop = threading.Event()
seen = set()
bad = []
def writer():
    for _ in range(500):
        shared.clear()
        shared.update(FULL)
    stop.set()
def reader():
    local = set()
    while not stop.is_set():
        snap = shared.copy()
        if not snap:
            local.add("empty")
        elif snap == FULL:
            local.add("full")
        else:
            bad.append(len(snap))
    seen.update(local)
readers = [threading.Thread(target=reader) for _ in range(3)]
w = threading.Thread(target=writer)
for t in readers:
    t.start()
w.start()
w.join()
for t in readers:
    t.join()
print("never observed a partial dict:", bad == [])
print("observed states are known:", seen <= {"empty", "full"})
print("final complete:", shared == FULL)
