# description: whole-list slice assignment (lst[:] = other) is atomic: readers only ever see one of the assigned contents
# features: [threading, list, slicing]
# flags: [free-threading, stress]
# expect: output
import sys
import threading

if hasattr(sys, "setswitchinterval"):
    sys.setswitchinterval(1e-5)
A = list(range(500))
B = [x * -1 - 1 for x in range(700)]
C = []
states = [A, B, C]
shared = list(A)
stop = threading.Event()
odd = []
def writer():
    for i in range(600):
        shared[:] = states[i % 3]
    shared[:] = A
    stop.set()
def reader():
    while not stop.is_set():
        snap = shared[:]
        if snap != A and snap != B and snap != C:
            odd.append(len(snap))
readers = [threading.Thread(target=reader) for _ in range(3)]
w = threading.Thread(target=writer)
for t in readers:
    t.start()
w.start()
w.join()
for t in readers:
    t.join()
print("only whole states observed:", odd == [])
print("final is A:", shared == A)
