# description: readers copying a list (list(), [:], copy()) while one writer appends 0..N-1 only ever see prefixes
# features: [threading, list, slicing]
# flags: [free-threading, stress]
# expect: output
import sys
import threading

if hasattr(sys, "setswitchinterval"):
    sys.setswitchinterval(1e-5)
TOTAL = 20000
shared = []
done = threading.Event()
results = {}
def writer():
    for i in range(TOTAL):
        shared.append(i)
    done.set()
def reader(name, copy):
    ok = True
    seen_growth = 0
    last = -1
    while True:
        finished = done.is_set()
        snap = copy()
        n = len(snap)
        if snap != list(range(n)):
            ok = False
        if n < last:
            ok = False
        last = n
        seen_growth += 1
        if finished:
            break
    results[name] = (ok, last == TOTAL)
readers = [threading.Thread(target=reader, args=(name, fn)) for name, fn in
           [("list()", lambda: list(shared)), ("[:]", lambda: shared[:]), ("copy()", lambda: shared.copy()),
            ("tuple()", lambda: list(tuple(shared)))]]
w = threading.Thread(target=writer)
for r in readers:
    r.start()
w.start()
w.join()
for r in readers:
    r.join()
for name in sorted(results):
    print(name, "prefix-only and monotonic:", results[name][0], "final complete:", results[name][1])
