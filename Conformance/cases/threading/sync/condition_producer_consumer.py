# description: Condition wait/notify and wait_for coordinate producers and consumers with exact totals
# features: [threading, locks]
# flags: [stress]
# expect: output
import threading

cond = threading.Condition()
buffer = []
CAP = 5
PRODUCERS, ITEMS = 3, 400
consumed = []
done_producers = [0]
def producer(pid):
    for i in range(ITEMS):
        with cond:
            cond.wait_for(lambda: len(buffer) < CAP)
            buffer.append(pid * 10000 + i)
            cond.notify_all()
    with cond:
        done_producers[0] += 1
        cond.notify_all()
def consumer():
    while True:
        with cond:
            cond.wait_for(lambda: buffer or done_producers[0] == PRODUCERS)
            if not buffer:
                return
            consumed.append(buffer.pop(0))
            cond.notify_all()
threads = [threading.Thread(target=producer, args=(p,)) for p in range(PRODUCERS)]
threads += [threading.Thread(target=consumer) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("consumed:", len(consumed), "unique:", len(set(consumed)))
print("per-producer FIFO order kept:", all(
    [x for x in consumed if x // 10000 == p] == [p * 10000 + i for i in range(ITEMS)] for p in range(PRODUCERS)))
print("buffer empty:", buffer == [])
