# description: iterating a list while other threads append/pop never raises and yields only elements ever stored
# features: [threading, list, iterators]
# flags: [free-threading, stress]
# expect: output
import sys
import threading

if hasattr(sys, "setswitchinterval"):
    sys.setswitchinterval(1e-5)
shared = list(range(100))
stop = threading.Event()
problems = []
def mutator():
    for r in range(5000):
        shared.append(1000 + r % 97)
        shared.pop()
        if r % 7 == 0:
            shared.insert(0, -1)
            shared.pop(0)
    stop.set()
def iterator():
    while not stop.is_set():
        try:
            for x in shared:
                if not (0 <= x < 100 or 1000 <= x < 1097 or x == -1):
                    problems.append(x)
            for i in range(len(shared)):
                try:
                    shared[i]
                except IndexError:
                    pass
        except Exception as e:
            problems.append(type(e).__name__)
threads = [threading.Thread(target=iterator) for _ in range(3)] + [threading.Thread(target=mutator)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("no unexpected element or exception:", problems == [])
print("final list restored:", shared == list(range(100)))
