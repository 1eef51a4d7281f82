# description: Condition requires its lock for wait/notify; wait timeouts return False; wait_for returns predicate value
# features: [threading, locks]
# expect: output
import threading

c = threading.Condition()
try:
    c.wait(0.01)
except RuntimeError as e:
    print("wait without lock ! RuntimeError:", e)
try:
    c.notify()
except RuntimeError as e:
    print("notify without lock ! RuntimeError:", e)
try:
    c.notify_all()
except RuntimeError as e:
    print("notify_all without lock ! RuntimeError:", e)
with c:
    print("wait timeout returns:", c.wait(timeout=0.01))
    print("wait_for false predicate:", c.wait_for(lambda: 0, timeout=0.01))
    print("wait_for true predicate:", c.wait_for(lambda: "ready", timeout=0.01))
    print("notify with nobody waiting ok:", c.notify(3) is None)
rc = threading.Condition(threading.RLock())
with rc:
    with rc:
        print("RLock-based condition nested wait:", rc.wait(0.01))
lk = threading.Lock()
c2 = threading.Condition(lk)
with c2:
    print("underlying lock held inside:", lk.locked())
print("released after:", lk.locked())
flag = []
c3 = threading.Condition()
def waiter():
    with c3:
        flag.append(c3.wait_for(lambda: len(flag) > 0 or None, timeout=5) is not None)
def setter():
    with c3:
        flag.append("set")
        c3.notify_all()
w = threading.Thread(target=waiter)
w.start()
s = threading.Thread(target=setter)
s.start()
w.join()
s.join()
print("waiter woke with predicate true:", sorted(map(str, flag)))
