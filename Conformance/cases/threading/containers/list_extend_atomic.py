# description: list.extend(list) from many threads inserts each chunk contiguously (extend is atomic)
# features: [threading, list]
# flags: [free-threading, stress]
# expect: output
import sys
import threading

if hasattr(sys, "setswitchinterval"):
    sys.setswitchinterval(1e-5)
N, ROUNDS, CHUNK = 6, 300, 40
shared = []
start = threading.Barrier(N)
def worker(tid):
    start.wait()
    for r in range(ROUNDS):
        shared.extend([(tid, r)] * CHUNK)
threads = [threading.Thread(target=worker, args=(t,)) for t in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("length:", len(shared), "expected:", N * ROUNDS * CHUNK)
runs_ok = True
for i in range(0, len(shared), CHUNK):
    block = shared[i:i + CHUNK]
    if block.count(block[0]) != CHUNK:
        runs_ok = False
        break
print("every chunk contiguous:", runs_ok)
print("every (thread, round) chunk present once:", sorted(set(shared)) == sorted((t, r) for t in range(N) for r in range(ROUNDS)))
