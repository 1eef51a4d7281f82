# description: concurrent readers never observe a half-sorted list while another thread sorts it back and forth
# features: [threading, list]
# flags: [free-threading, stress]
# expect: output
import sys
import threading

if hasattr(sys, "setswitchinterval"):
    sys.setswitchinterval(1e-5)
SIZE = 2000
shared = [(i * 7919) % SIZE for i in range(SIZE)]
ascending = list(range(SIZE))
descending = ascending[::-1]
stop = threading.Event()
bad = []
observations = []
def sorter():
    for _ in range(300):
        shared.sort()
        shared.sort(reverse=True)
    shared.sort()
    stop.set()
def reader():
    seen = set()
    while not stop.is_set():
        snap = list(shared)
        if snap == ascending:
            seen.add("asc")
        elif snap == descending:
            seen.add("desc")
        elif sorted(snap) == ascending:
            seen.add("initial-permutation")
        else:
            bad.append(len(snap))
    observations.append(seen)
readers = [threading.Thread(target=reader) for _ in range(3)]
s = threading.Thread(target=sorter)
for r in readers:
    r.start()
s.start()
s.join()
for r in readers:
    r.join()
print("readers saw only whole permutations:", bad == [])
print("final list sorted:", shared == ascending)
print("every observation is a known state:", all(obs <= {"asc", "desc", "initial-permutation"} for obs in observations))
