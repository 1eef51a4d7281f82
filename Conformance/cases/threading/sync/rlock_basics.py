# description: RLock reentrancy, ownership (only the owner may release), release errors and blocking of others
# features: [threading, locks]
# expect: output
import threading

r = threading.RLock()
print("acquire x3:", r.acquire(), r.acquire(), r.acquire())
out = []
def try_take():
    out.append(r.acquire(blocking=False))
    try:
        r.release()
    except RuntimeError as e:
        out.append("release by non-owner ! RuntimeError: " + str(e))
t = threading.Thread(target=try_take)
t.start()
t.join()
print("other thread:", out)
r.release()
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print("over-release ! RuntimeError:", e)
out.clear()
def take_and_release():
    out.append(r.acquire(timeout=0.5))
    r.release()
t = threading.Thread(target=take_and_release)
t.start()
t.join()
print("free after full release:", out)
def recursive(n):
    with r:
        return 0 if n == 0 else 1 + recursive(n - 1)
print("nested with depth:", recursive(50))
counter = [0]
lock = threading.RLock()
def work():
    for _ in range(2000):
        with lock:
            with lock:
                counter[0] += 1
threads = [threading.Thread(target=work) for _ in range(4)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print("reentrant counter:", counter[0])
