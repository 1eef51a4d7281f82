# description: one generator shared by threads: every value is produced at most once; concurrent next() may raise ValueError
# features: [threading, generators]
# flags: [free-threading, stress]
# expect: output
import sys
import threading

if hasattr(sys, "setswitchinterval"):
    sys.setswitchinterval(1e-5)
def numbers():
    for i in range(20000):
        yield i
gen = numbers()
taken = [[] for _ in range(4)]
kinds = set()
def worker(tid):
    while True:
        try:
            taken[tid].append(next(gen))
        except StopIteration:
            return
        except ValueError as e:
            kinds.add(str(e))
threads = [threading.Thread(target=worker, args=(t,)) for t in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
flat = [x for part in taken for x in part]
print("no value produced twice:", len(flat) == len(set(flat)))
print("all values from the generator:", set(flat) <= set(range(20000)))
print("ValueError messages are the documented one:", kinds <= {"generator already executing"})
print("generator finished:", next(gen, "exhausted"))
