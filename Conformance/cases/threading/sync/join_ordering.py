# description: results written by a thread are visible after join(); is_alive transitions; join timeouts
# features: [threading]
# expect: output
import threading

results = {}
def compute(n):
    results[n] = sum(i * i for i in range(n))
threads = [threading.Thread(target=compute, args=(n,)) for n in (10, 100, 1000)]
print("alive before start:", [t.is_alive() for t in threads])
for t in threads:
    t.start()
for t in reversed(threads):
    t.join()
print("alive after join:", [t.is_alive() for t in threads])
print("results:", sorted(results.items()))
release = threading.Event()
blocker = threading.Thread(target=release.wait)
blocker.start()
blocker.join(timeout=0.02)
print("join timeout returns while alive:", blocker.is_alive())
release.set()
blocker.join()
print("finished:", blocker.is_alive())
print("join finished thread again ok:", blocker.join() is None, blocker.join(0) is None)
order = []
def step(i, prev):
    if prev is not None:
        prev.join()
    order.append(i)
prev = None
chain = []
for i in range(5):
    t = threading.Thread(target=step, args=(i, prev))
    chain.append(t)
    prev = t
for t in chain:
    t.start()
for t in chain:
    t.join()
print("chained joins order:", order)
