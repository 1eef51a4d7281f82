# description: replacing a dict value with a new tuple is atomic: readers never see a torn (a, b) pair
# features: [threading, dict, tuple]
# flags: [free-threading, stress]
# expect: output
import sys
import threading

if hasattr(sys, "setswitchinterval"):
    sys.setswitchinterval(1e-5)
shared = {"pair": (0, 0), "other": (0, 0)}
stop = threading.Event()
torn = []
def writer(tid):
    for i in range(20000):
        v = tid * 100000 + i
        shared["pair"] = (v, v)
        shared["other"] = (v, -v)
def reader():
    while not stop.is_set():
        a, b = shared["pair"]
        c, d = shared["other"]
        if a != b or c != -d:
            torn.append((a, b, c, d))
writers = [threading.Thread(target=writer, args=(t,)) for t in range(3)]
readers = [threading.Thread(target=reader) for _ in range(3)]
for t in readers + writers:
    t.start()
for t in writers:
    t.join()
stop.set()
for t in readers:
    t.join()
print("no torn pairs:", torn == [])
a, b = shared["pair"]
print("final pair from a last write:", a == b and a % 100000 == 19999)
