# description: concurrent dict inserts and deletes of disjoint key ranges all land with no lost update
# features: [threading, dict]
# flags: [free-threading, stress]
# expect: output
import sys
import threading

if hasattr(sys, "setswitchinterval"):
    sys.setswitchinterval(1e-5)
N, PER = 8, 3000
shared = {}
start = threading.Barrier(N)
def worker(tid):
    start.wait()
    keys = range(tid * PER, (tid + 1) * PER)
    for k in keys:
        shared[k] = tid
    for k in keys:
        if k % 2:
            del shared[k]
    for k in keys:
        if k % 3 == 0:
            shared[("t", k)] = k
threads = [threading.Thread(target=worker, args=(t,)) for t in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
int_keys = sorted(k for k in shared if isinstance(k, int))
tuple_keys = sorted(k[1] for k in shared if isinstance(k, tuple))
print("int keys:", len(int_keys), int_keys == list(range(0, N * PER, 2)))
print("values match owner:", all(shared[k] == k // PER for k in int_keys))
print("tuple keys:", len(tuple_keys), tuple_keys == list(range(0, N * PER, 3)))
print("total size:", len(shared))
