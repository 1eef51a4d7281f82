# description: two threads alternate strictly via a pair of semaphores, producing a deterministic interleaving
# features: [threading, locks]
# flags: [stress]
# expect: output
import threading

ping_turn = threading.Semaphore(1)
pong_turn = threading.Semaphore(0)
log = []
ROUNDS = 200
def ping():
    for i in range(ROUNDS):
        ping_turn.acquire()
        log.append("ping")
        pong_turn.release()
def pong():
    for i in range(ROUNDS):
        pong_turn.acquire()
        log.append("pong")
        ping_turn.release()
a = threading.Thread(target=ping)
b = threading.Thread(target=pong)
b.start()
a.start()
a.join()
b.join()
print("length:", len(log))
print("strict alternation:", log == ["ping", "pong"] * ROUNDS)
print("first/last:", log[:3], log[-1])
phase = threading.Event()
order = []
def second():
    phase.wait()
    order.append("second")
def first():
    order.append("first")
    phase.set()
s = threading.Thread(target=second)
f = threading.Thread(target=first)
s.start()
f.start()
s.join()
f.join()
print("event ordering:", order)
