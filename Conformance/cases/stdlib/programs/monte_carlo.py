# description: program - seeded Monte Carlo simulations (pi estimate, dice distribution, random walk) with random, statistics and Counter
# features: [random, statistics, collections]
# expect: output

import random
import statistics
from collections import Counter

rng = random.Random(20240501)
inside = sum(1 for _ in range(20000) if rng.random() ** 2 + rng.random() ** 2 <= 1.0)
print("pi estimate:", 4 * inside / 20000)
rolls = Counter(rng.randint(1, 6) + rng.randint(1, 6) for _ in range(3600))
for total in range(2, 13):
    print(f"{total:2} {rolls[total]:4} {'*' * (rolls[total] // 25)}")
print("most common sum:", rolls.most_common(1))
walk = [0]
for _ in range(1000):
    walk.append(walk[-1] + rng.choice((-1, 1)))
print("walk end:", walk[-1], "max:", max(walk), "min:", min(walk))
print("walk stdev:", round(statistics.pstdev(walk), 6))
samples = [rng.gauss(50, 5) for _ in range(500)]
print("gauss mean/stdev:", round(statistics.mean(samples), 6), round(statistics.stdev(samples), 6))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
rng.shuffle(deck)
hand = sorted(deck[:5])
print("hand:", hand)
print("weighted picks:", Counter(rng.choices("abc", weights=[6, 3, 1], k=1000)).most_common())
print("sample:", rng.sample(range(1, 50), 6))
