# description: many threads popping from one list until IndexError consume each element exactly once
# features: [threading, list]
# flags: [free-threading, stress]
# expect: output
import sys
import threading

if hasattr(sys, "setswitchinterval"):
    sys.setswitchinterval(1e-5)
N, SIZE = 8, 30000
shared = list(range(SIZE))
taken = [[] for _ in range(N)]
messages = set()
start = threading.Barrier(N)
def worker(tid):
    start.wait()
    mine = taken[tid]
    while True:
        try:
            mine.append(shared.pop())
        except IndexError as e:
            messages.add(str(e))
            return
threads = [threading.Thread(target=worker, args=(t,)) for t in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
flat = [x for part in taken for x in part]
print("consumed:", len(flat), "each once:", sorted(flat) == list(range(SIZE)))
print("each consumer saw descending values:", all(part == sorted(part, reverse=True) for part in taken))
print("end message:", messages)
