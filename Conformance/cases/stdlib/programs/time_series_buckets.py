# description: program - bucket timestamped sensor readings with bisect, summarize with statistics and group with itertools/collections
# features: [bisect, statistics, itertools, collections]
# expect: output

import bisect
import itertools
import statistics
from collections import defaultdict

readings = [(t, round(20 + ((t * 37) % 11) / 2 - (t % 5) * 0.3, 2)) for t in range(0, 120, 7)]
readings.append((61, 99.9))
readings.sort()
edges = [0, 30, 60, 90]
labels = ["q1", "q2", "q3", "q4"]
buckets = defaultdict(list)
for t, v in readings:
    buckets[labels[bisect.bisect_right(edges, t) - 1]].append(v)
for label in labels:
    vals = buckets[label]
    print(f"{label}: n={len(vals):2} mean={statistics.fmean(vals):7.3f} median={statistics.median(vals):6.2f} max={max(vals)}")
all_vals = [v for _, v in readings]
q1, q2, q3 = statistics.quantiles(all_vals, n=4)
iqr = q3 - q1
outliers = [(t, v) for t, v in readings if v > q3 + 1.5 * iqr or v < q1 - 1.5 * iqr]
print("quartiles:", round(q1, 3), round(q2, 3), round(q3, 3), "outliers:", outliers)
times = [t for t, _ in readings]
def value_at(t):
    i = bisect.bisect_left(times, t)
    return readings[i] if i < len(times) else None
print("first reading at/after 50:", value_at(50), "after end:", value_at(500))
trend = ["up" if b > a else "down" if b < a else "flat" for (_, a), (_, b) in itertools.pairwise(readings)]
runs = [(k, len(list(g))) for k, g in itertools.groupby(trend)]
print("longest run:", max(runs, key=lambda kv: kv[1]), "runs:", len(runs))
window = [round(statistics.fmean(v for _, v in w), 2) for w in zip(readings, readings[1:], readings[2:])][:5]
print("moving average (3):", window)
