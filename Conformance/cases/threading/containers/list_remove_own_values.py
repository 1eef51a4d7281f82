# description: threads removing their own distinct values from a shared list with remove() never miss one
# features: [threading, list]
# flags: [free-threading, stress]
# expect: output
import sys
import threading

if hasattr(sys, "setswitchinterval"):
    sys.setswitchinterval(1e-5)
N, PER = 6, 400
shared = [t * 10000 + i for i in range(PER) for t in range(N)]
failures = []
start = threading.Barrier(N)
def worker(tid):
    start.wait()
    for i in range(PER):
        v = tid * 10000 + i
        try:
            shared.remove(v)
        except ValueError:
            failures.append(("remove", v))
threads = [threading.Thread(target=worker, args=(t,)) for t in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("no failures:", failures == [])
print("list empty:", shared == [])
