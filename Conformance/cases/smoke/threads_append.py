# description: list.append from 4 threads loses no element
# features: [threading, list]
# flags: [stress]
# expect: output

import threading

items = []


def worker(base):
    for i in range(10_000):
        items.append(base + i)


threads = [threading.Thread(target=worker, args=(n * 10_000,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(items))
print(sorted(items) == list(range(40_000)))
