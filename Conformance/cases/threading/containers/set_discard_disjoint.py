# description: concurrent set.discard/remove of disjoint members and membership tests stay consistent
# features: [threading, set]
# flags: [free-threading, stress]
# expect: output
import sys
import threading

if hasattr(sys, "setswitchinterval"):
    sys.setswitchinterval(1e-5)
N, PER = 8, 2500
shared = set(range(N * PER))
missing_before_remove = []
start = threading.Barrier(N)
def worker(tid):
    start.wait()
    for x in range(tid * PER, (tid + 1) * PER):
        if x not in shared:
            missing_before_remove.append(x)
        if x % 2:
            shared.remove(x)
        else:
            shared.discard(x)
        shared.discard(x)
threads = [threading.Thread(target=worker, args=(t,)) for t in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("own members always present before removal:", missing_before_remove == [])
print("set empty:", shared == set(), len(shared))
