# description: threading.Timer runs its function after the interval unless cancelled first; args are passed
# features: [threading]
# expect: output
import threading

fired = []
t = threading.Timer(0.01, lambda *a, **k: fired.append((a, k)), args=(1, 2), kwargs={"k": 3})
t.start()
t.join()
print("fired:", fired)
c = threading.Timer(5.0, lambda: fired.append("should not run"))
c.start()
c.cancel()
c.join()
print("cancelled timer did not run:", fired == [((1, 2), {"k": 3})], "alive:", c.is_alive())
early = threading.Timer(5.0, lambda: fired.append("never"))
early.cancel()
early.start()
early.join()
print("cancel before start:", len(fired) == 1)
print("Timer is a Thread:", isinstance(t, threading.Thread), t.daemon)
