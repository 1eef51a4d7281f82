# description: list(dict) / dict.copy() while a writer inserts keys 0..N-1 in order yields insertion-order prefixes
# features: [threading, dict]
# flags: [free-threading, stress]
# expect: output
import sys
import threading

if hasattr(sys, "setswitchinterval"):
    sys.setswitchinterval(1e-5)
TOTAL = 15000
shared = {}
done = threading.Event()
results = {}
def writer():
    for i in range(TOTAL):
        shared[i] = -i
    done.set()
def reader(name, snapshot):
    ok = True
    last = 0
    while True:
        finished = done.is_set()
        keys, values = snapshot()
        n = len(keys)
        if keys != list(range(n)) or values != [-k for k in keys] or n < last:
            ok = False
        last = n
        if finished:
            break
    results[name] = (ok, last == TOTAL)
def via_copy():
    c = shared.copy()
    return list(c), list(c.values())
def via_items():
    items = list(shared.items())
    return [k for k, _ in items], [v for _, v in items]
readers = [threading.Thread(target=reader, args=pair) for pair in [("copy()", via_copy), ("items()", via_items)]]
w = threading.Thread(target=writer)
for r in readers:
    r.start()
w.start()
w.join()
for r in readers:
    r.join()
for name in sorted(results):
    print(name, "ordered prefix:", results[name][0], "final complete:", results[name][1])
