# description: threads draining a shared set with pop() until KeyError receive every element exactly once
# features: [threading, set]
# flags: [free-threading, stress]
# expect: output
import sys
import threading

if hasattr(sys, "setswitchinterval"):
    sys.setswitchinterval(1e-5)
N, SIZE = 8, 20000
shared = set(range(SIZE))
taken = [[] for _ in range(N)]
errors = []
start = threading.Barrier(N)
def worker(tid):
    start.wait()
    while True:
        try:
            taken[tid].append(shared.pop())
        except KeyError as e:
            errors.append(str(e))
            return
threads = [threading.Thread(target=worker, args=(t,)) for t in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
all_taken = [x for part in taken for x in part]
print("popped count:", len(all_taken))
print("each element once:", sorted(all_taken) == list(range(SIZE)))
print("every thread ended on KeyError:", len(errors) == N, set(errors))
