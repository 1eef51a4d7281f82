# description: dict.update(dict) is atomic for concurrent readers: a copy never mixes two generations of values
# features: [threading, dict]
# flags: [free-threading, stress]
# expect: output
import sys
import threading

if hasattr(sys, "setswitchinterval"):
    sys.setswitchinterval(1e-5)
KEYS = ["k%d" % i for i in range(64)]
shared = dict.fromkeys(KEYS, 0)
stop = threading.Event()
mixed = []
def writer(offset):
    for gen in range(1, 400):
        value = gen * 10 + offset
        shared.update({k: value for k in KEYS})
def reader():
    while not stop.is_set():
        snap = shared.copy()
        vals = set(snap.values())
        if len(vals) != 1 or len(snap) != len(KEYS):
            mixed.append(sorted(vals)[:3])
        snap2 = dict(shared)
        if len(set(snap2.values())) != 1:
            mixed.append("dict()")
writers = [threading.Thread(target=writer, args=(o,)) for o in range(3)]
readers = [threading.Thread(target=reader) for _ in range(3)]
for r in readers:
    r.start()
for w in writers:
    w.start()
for w in writers:
    w.join()
stop.set()
for r in readers:
    r.join()
print("no mixed snapshot observed:", mixed == [])
final = set(shared.values())
print("final dict uniform:", len(final) == 1, "from last generation:", next(iter(final)) // 10 == 399)
