# description: copying a set (set(), copy(), frozenset()) while a writer adds 0..N-1 in order yields valid prefixes
# features: [threading, set]
# flags: [free-threading, stress]
# expect: output
import sys
import threading

if hasattr(sys, "setswitchinterval"):
    sys.setswitchinterval(1e-5)
TOTAL = 20000
shared = set()
done = threading.Event()
results = {}
def writer():
    for i in range(TOTAL):
        shared.add(i)
    done.set()
def reader(name, copy):
    ok = True
    last = 0
    while True:
        finished = done.is_set()
        snap = copy()
        n = len(snap)
        if n < last or (n and (min(snap) != 0 or max(snap) != n - 1)):
            ok = False
        last = n
        if finished:
            break
    results[name] = (ok, last == TOTAL)
readers = [threading.Thread(target=reader, args=(name, fn)) for name, fn in
           [("set()", lambda: set(shared)), ("copy()", lambda: shared.copy()), ("frozenset()", lambda: frozenset(shared))]]
w = threading.Thread(target=writer)
for r in readers:
    r.start()
w.start()
w.join()
for r in readers:
    r.join()
for name in sorted(results):
    print(name, "prefix-only:", results[name][0], "final complete:", results[name][1])
