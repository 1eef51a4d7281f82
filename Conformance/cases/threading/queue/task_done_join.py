# description: Queue.join waits until every item is marked task_done; extra task_done raises ValueError
# features: [threading]
# expect: output
import queue
import threading

q = queue.Queue()
processed = []
lock = threading.Lock()
def worker():
    while True:
        item = q.get()
        try:
            if item is None:
                return
            with lock:
                processed.append(item * item)
        finally:
            q.task_done()
workers = [threading.Thread(target=worker) for _ in range(4)]
for w in workers:
    w.start()
for i in range(200):
    q.put(i)
q.join()
print("all processed when join returns:", len(processed), sum(processed) == sum(i * i for i in range(200)))
for _ in workers:
    q.put(None)
for w in workers:
    w.join()
q.join()
print("unfinished tasks:", q.unfinished_tasks)
try:
    q.task_done()
except ValueError as e:
    print("extra task_done ! ValueError:", e)
