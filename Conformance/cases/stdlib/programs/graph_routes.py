# description: program - shortest routes on a weighted graph with heapq (Dijkstra), BFS with deque and path enumeration with itertools
# features: [heapq, collections, itertools]
# expect: output

import heapq
import itertools
from collections import deque, defaultdict

EDGES = [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10), ("C", "E", 3),
         ("E", "D", 4), ("D", "F", 11), ("E", "F", 20), ("G", "H", 1)]
graph = defaultdict(dict)
for a, b, w in EDGES:
    graph[a][b] = w
    graph[b][a] = w

def dijkstra(src):
    dist = {src: 0}
    prev = {}
    pq = [(0, src)]
    while pq:
        d, node = heapq.heappop(pq)
        if d > dist[node]:
            continue
        for nxt, w in sorted(graph[node].items()):
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = node
                heapq.heappush(pq, (nd, nxt))
    return dist, prev

def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]

dist, prev = dijkstra("A")
for node in sorted(dist):
    print(f"A->{node}: {dist[node]:>2} via {'-'.join(path(prev, node))}")
print("unreachable:", sorted(set(graph) - set(dist)))

def bfs_levels(src):
    seen = {src: 0}
    q = deque([src])
    while q:
        n = q.popleft()
        for m in sorted(graph[n]):
            if m not in seen:
                seen[m] = seen[n] + 1
                q.append(m)
    return seen
levels = bfs_levels("A")
for lvl, group in itertools.groupby(sorted(levels, key=lambda n: (levels[n], n)), key=levels.get):
    print(f"hop {lvl}: {list(group)}")
nodes = ["B", "C", "E"]
best = min(itertools.permutations(nodes), key=lambda p: sum(dist[x] for x in p[:1]) + sum(graph[a].get(b, 99) for a, b in itertools.pairwise(p)))
print("best tour through", nodes, "->", best)
print("edge pairs:", list(itertools.combinations(sorted(graph["E"]), 2)))
