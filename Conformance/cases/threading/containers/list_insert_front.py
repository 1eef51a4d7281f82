# description: concurrent list.insert(0, x) and append from many threads keep every element exactly once
# features: [threading, list]
# flags: [free-threading, stress]
# expect: output
import sys
import threading

if hasattr(sys, "setswitchinterval"):
    sys.setswitchinterval(1e-5)
N, PER = 6, 1500
shared = []
start = threading.Barrier(N)
def worker(tid):
    start.wait()
    for i in range(PER):
        v = tid * PER + i
        if v % 2:
            shared.insert(0, v)
        else:
            shared.append(v)
threads = [threading.Thread(target=worker, args=(t,)) for t in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("size:", len(shared))
print("all present once:", sorted(shared) == list(range(N * PER)))
odd_part = [x for x in shared if x % 2]
even_part = [x for x in shared if not x % 2]
print("odds inserted at front appear reversed per thread:", all(
    [x for x in odd_part if x // PER == t] == sorted((x for x in odd_part if x // PER == t), reverse=True) for t in range(N)))
print("evens appended keep order per thread:", all(
    [x for x in even_part if x // PER == t] == sorted(x for x in even_part if x // PER == t) for t in range(N)))
