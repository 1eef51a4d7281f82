# description: racing dict.setdefault on the same keys: exactly one value wins per key and every racer sees it
# features: [threading, dict]
# flags: [free-threading, stress]
# expect: output
import sys
import threading

if hasattr(sys, "setswitchinterval"):
    sys.setswitchinterval(1e-5)
N, KEYS = 8, 2000
shared = {}
returned = [None] * N
start = threading.Barrier(N)
def worker(tid):
    start.wait()
    got = []
    for k in range(KEYS):
        got.append(shared.setdefault(k, [tid]))
    returned[tid] = got
threads = [threading.Thread(target=worker, args=(t,)) for t in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("all keys present:", sorted(shared) == list(range(KEYS)))
agree = all(returned[t][k] is shared[k] for t in range(N) for k in range(KEYS))
print("every thread got the stored object:", agree)
print("winners are racers:", all(0 <= shared[k][0] < N for k in range(KEYS)))
