# description: set.update(set) from writers is observed atomically: a reader's copy holds each chunk entirely or not at all
# features: [threading, set]
# flags: [free-threading, stress]
# expect: output
import sys
import threading

if hasattr(sys, "setswitchinterval"):
    sys.setswitchinterval(1e-5)
CHUNK = 50
shared = set()
stop = threading.Event()
partial = []
def writer(tid):
    for r in range(200):
        base = (tid * 1000 + r) * CHUNK
        shared.update(set(range(base, base + CHUNK)))
def reader():
    while not stop.is_set():
        snap = shared.copy()
        counts = {}
        for x in snap:
            counts[x // CHUNK] = counts.get(x // CHUNK, 0) + 1
        if any(c != CHUNK for c in counts.values()):
            partial.append(len(snap))
writers = [threading.Thread(target=writer, args=(t,)) for t in range(4)]
readers = [threading.Thread(target=reader) for _ in range(2)]
for t in readers + writers:
    t.start()
for t in writers:
    t.join()
stop.set()
for t in readers:
    t.join()
print("no partially applied update observed:", partial == [])
print("final size:", len(shared), len(shared) == 4 * 200 * CHUNK)
