# description: Semaphore caps concurrency; BoundedSemaphore rejects over-release; acquire timeouts and errors
# features: [threading, locks]
# flags: [stress]
# expect: output
import threading
import time

sem = threading.Semaphore(3)
lock = threading.Lock()
active = [0]
peak = [0]
def work():
    with sem:
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.002)
        with lock:
            active[0] -= 1
threads = [threading.Thread(target=work) for _ in range(12)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("peak concurrency <= 3:", peak[0] <= 3, "active after:", active[0])
s = threading.Semaphore(1)
print("acquire:", s.acquire(), "second non-blocking:", s.acquire(blocking=False), "timeout:", s.acquire(timeout=0.01))
s.release()
s.release()
print("plain Semaphore allows extra release:", s.acquire(False), s.acquire(False), s.acquire(False))
b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("bounded over-release ! ValueError:", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("negative initial ! ValueError:", e)
z = threading.Semaphore(0)
print("zero semaphore acquire:", z.acquire(timeout=0.01))
z.release(3)
print("release(n):", [z.acquire(False) for _ in range(4)])
try:
    z.release(0)
except ValueError as e:
    print("release(0) ! ValueError:", e)
