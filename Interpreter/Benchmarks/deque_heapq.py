# Discrete-event simulation with a heapq event queue and deque-based FIFO server queues.
import heapq
import sys
from collections import deque


def simulate(customers, servers):
    events = []
    seed = 12345

    def rand():
        nonlocal seed
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        return seed / 0x7FFFFFFF

    t = 0.0
    for i in range(customers):
        t += rand() * 2.0
        heapq.heappush(events, (t, 0, i, i % servers))
    queues = [deque() for _ in range(servers)]
    busy = [False] * servers
    served = 0
    waited = 0.0
    arrivals = {}
    while events:
        now, kind, cust, s = heapq.heappop(events)
        if kind == 0:
            arrivals[cust] = now
            if busy[s]:
                queues[s].append(cust)
            else:
                busy[s] = True
                heapq.heappush(events, (now + rand() * 3.0, 1, cust, s))
        else:
            served += 1
            if queues[s]:
                nxt = queues[s].popleft()
                waited += now - arrivals[nxt]
                heapq.heappush(events, (now + rand() * 3.0, 1, nxt, s))
            else:
                busy[s] = False
    return served, round(waited, 3)


n = int(sys.argv[1]) if len(sys.argv) > 1 else 150000
print(simulate(n, 3))
window = deque(maxlen=50)
total = 0
for i in range(300000):
    window.append(i)
    if i % 3 == 0:
        window.rotate(1)
    total += window[0]
print(total)
