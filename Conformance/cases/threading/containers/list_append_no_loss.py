# description: list.append from 8 threads loses no element and never duplicates one
# features: [threading, list]
# flags: [free-threading, stress]
# expect: output
import sys
import threading

if hasattr(sys, "setswitchinterval"):
    sys.setswitchinterval(1e-5)
N, PER = 8, 5000
shared = []
start = threading.Barrier(N)
def worker(tid):
    start.wait()
    base = tid * PER
    for i in range(PER):
        shared.append(base + i)
threads = [threading.Thread(target=worker, args=(t,)) for t in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("length:", len(shared), "expected:", N * PER)
print("all present exactly once:", sorted(shared) == list(range(N * PER)))
per_thread_order = all(
    [x for x in shared if x // PER == t] == list(range(t * PER, (t + 1) * PER)) for t in range(N)
)
print("each thread's items keep program order:", per_thread_order)
