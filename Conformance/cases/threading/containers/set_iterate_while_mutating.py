# description: iterating a set while another thread adds/discards never crashes; only RuntimeError may be raised
# features: [threading, set, iterators]
# flags: [free-threading, stress]
# expect: output
import sys
import threading

if hasattr(sys, "setswitchinterval"):
    sys.setswitchinterval(1e-5)
shared = set(range(300))
stop = threading.Event()
kinds = set()
strangers = []
def mutator():
    for r in range(3000):
        shared.add(10000 + r % 40)
        shared.discard(10000 + (r + 20) % 40)
    for x in range(10000, 10040):
        shared.discard(x)
    stop.set()
def iterator():
    while not stop.is_set():
        try:
            for x in shared:
                if not (0 <= x < 300 or 10000 <= x < 10040):
                    strangers.append(x)
            kinds.add("completed")
        except RuntimeError as e:
            kinds.add(type(e).__name__)
threads = [threading.Thread(target=iterator) for _ in range(3)] + [threading.Thread(target=mutator)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("only known elements seen:", strangers == [])
print("outcome kinds subset:", kinds <= {"completed", "RuntimeError"})
print("final set:", shared == set(range(300)))
