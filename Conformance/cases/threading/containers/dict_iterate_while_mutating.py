# description: iterating a dict while another thread mutates it never crashes: each pass completes or raises RuntimeError
# features: [threading, dict, iterators]
# flags: [free-threading, stress]
# expect: output
import sys
import threading

if hasattr(sys, "setswitchinterval"):
    sys.setswitchinterval(1e-5)
shared = {i: i for i in range(200)}
stop = threading.Event()
outcomes = set()
foreign = []
def mutator():
    for r in range(3000):
        k = 1000 + (r % 50)
        shared[k] = k
        shared.pop(k, None)
    stop.set()
def iterator():
    while not stop.is_set():
        try:
            for k, v in shared.items():
                if k != v:
                    foreign.append((k, v))
            outcomes.add("completed")
        except RuntimeError as e:
            outcomes.add("RuntimeError: " + str(e).split(" during")[0])
threads = [threading.Thread(target=iterator) for _ in range(3)] + [threading.Thread(target=mutator)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("items always consistent key==value:", foreign == [])
print("outcomes are known kinds:", outcomes <= {"completed", "RuntimeError: dictionary changed size", "RuntimeError: dictionary keys changed"})
print("final dict restored:", shared == {i: i for i in range(200)})
