# description: Lock acquire/release, non-blocking and timeout acquire, locked(), context manager, release errors
# features: [threading, locks]
# min-version: 3.13
# expect: output
import threading

lock = threading.Lock()
print("initially locked:", lock.locked())
print("acquire:", lock.acquire(), "locked:", lock.locked())
print("non-blocking second acquire:", lock.acquire(blocking=False))
print("timeout acquire:", lock.acquire(timeout=0.01))
lock.release()
print("after release:", lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("release unlocked ! RuntimeError:", e)
with lock:
    print("in with:", lock.locked())
print("after with:", lock.locked())
try:
    with lock:
        raise ValueError("inside")
except ValueError:
    print("released after exception:", not lock.locked())
try:
    lock.acquire(False, 1.0)
except ValueError as e:
    print("timeout with non-blocking ! ValueError:", e)
try:
    lock.acquire(timeout=-2)
except ValueError as e:
    print("negative timeout ! ValueError:", e)
held = threading.Lock()
held.acquire()
result = []
def other():
    result.append(held.acquire(timeout=0.05))
    result.append(held.acquire(blocking=False))
t = threading.Thread(target=other)
t.start()
t.join()
print("other thread cannot take held lock:", result)
def releaser():
    held.release()
t = threading.Thread(target=releaser)
t.start()
t.join()
print("Lock may be released by another thread:", not held.locked())
print("type name:", type(lock).__name__ in ("lock", "Lock"))
