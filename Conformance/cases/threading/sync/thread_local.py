# description: threading.local gives each thread its own attributes; subclass __init__ runs once per thread
# features: [threading]
# expect: output
import threading

data = threading.local()
data.value = "main"
seen = {}
lock = threading.Lock()
def worker(i):
    had = hasattr(data, "value")
    data.value = i
    data.items = [i] * i
    for _ in range(1000):
        data.value = data.value
    with lock:
        seen[i] = (had, data.value, len(data.items))
threads = [threading.Thread(target=worker, args=(i,)) for i in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("per-thread values:", [seen[i] for i in range(6)])
print("main unchanged:", data.value, hasattr(data, "items"))
inits = []
class Ctx(threading.local):
    def __init__(self, tag):
        inits.append(threading.current_thread().name)
        self.tag = tag
        self.calls = 0
    def bump(self):
        self.calls += 1
        return self.calls
ctx = Ctx("T")
results = []
def use():
    for _ in range(3):
        n = ctx.bump()
    with lock:
        results.append((ctx.tag, n))
ts = [threading.Thread(target=use, name="w%d" % i) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("subclass per-thread state:", sorted(results))
print("__init__ ran per thread:", sorted(inits))
try:
    threading.local(1)
except TypeError as e:
    print("local with args ! TypeError:", e)
del data.value
print("delete attr:", hasattr(data, "value"))
