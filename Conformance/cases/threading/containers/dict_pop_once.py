# description: concurrent dict.pop(key, default) on shared keys: each key is popped by exactly one thread
# features: [threading, dict]
# flags: [free-threading, stress]
# expect: output
import sys
import threading

if hasattr(sys, "setswitchinterval"):
    sys.setswitchinterval(1e-5)
N, KEYS = 8, 5000
MISSING = object()
shared = {k: k * 2 for k in range(KEYS)}
wins = [0] * N
got_sum = [0] * N
start = threading.Barrier(N)
def worker(tid):
    start.wait()
    for k in range(KEYS):
        v = shared.pop(k, MISSING)
        if v is not MISSING:
            wins[tid] += 1
            got_sum[tid] += v
threads = [threading.Thread(target=worker, args=(t,)) for t in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("total pops:", sum(wins), "expected:", KEYS)
print("sum of popped values:", sum(got_sum) == sum(k * 2 for k in range(KEYS)))
print("dict empty:", shared == {})
