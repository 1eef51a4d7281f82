# description: set.add from many threads with overlapping ranges yields exactly the union
# features: [threading, set]
# flags: [free-threading, stress]
# expect: output
import sys
import threading

if hasattr(sys, "setswitchinterval"):
    sys.setswitchinterval(1e-5)
N = 8
shared = set()
start = threading.Barrier(N)
def worker(tid):
    start.wait()
    for x in range(tid * 1000, tid * 1000 + 3000):
        shared.add(x)
        shared.add(("t", tid))
threads = [threading.Thread(target=worker, args=(t,)) for t in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
ints = sorted(x for x in shared if isinstance(x, int))
print("size:", len(shared))
print("ints are the union:", ints == list(range(0, (N - 1) * 1000 + 3000)))
print("tags:", sorted(x[1] for x in shared if isinstance(x, tuple)))
