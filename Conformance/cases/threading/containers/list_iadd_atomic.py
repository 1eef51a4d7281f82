# description: `shared += chunk` on a global list from many threads keeps chunks whole and loses none
# features: [threading, list, operators]
# flags: [free-threading, stress]
# expect: output
import sys
import threading

if hasattr(sys, "setswitchinterval"):
    sys.setswitchinterval(1e-5)
N, ROUNDS, CHUNK = 6, 300, 25
shared = []
original = shared
start = threading.Barrier(N)
def worker(tid):
    global shared
    start.wait()
    for r in range(ROUNDS):
        shared += [tid * 1000 + r] * CHUNK
threads = [threading.Thread(target=worker, args=(t,)) for t in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("still the same list object:", shared is original)
print("length:", len(shared), "expected:", N * ROUNDS * CHUNK)
print("chunks contiguous:", all(len(set(shared[i:i + CHUNK])) == 1 for i in range(0, len(shared), CHUNK)))
print("counts exact:", all(shared.count(tid * 1000 + r) == CHUNK for tid in (0, N - 1) for r in (0, ROUNDS - 1)))
