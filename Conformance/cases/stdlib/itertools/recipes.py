# description: classic itertools recipes combining several functions produce the documented results
# features: [itertools, collections]
# expect: output

from itertools import (chain, cycle, islice, groupby, zip_longest, repeat, starmap,
                       filterfalse, tee, accumulate, combinations)
from collections import deque
import operator

def take(n, it):
    return list(islice(it, n))

def roundrobin(*iterables):
    iterators = map(iter, iterables)
    for num_active in range(len(iterables), 0, -1):
        iterators = cycle(islice(iterators, num_active))
        yield from map(next, iterators)

def sliding_window(iterable, n):
    it = iter(iterable)
    window = deque(islice(it, n - 1), maxlen=n)
    for x in it:
        window.append(x)
        yield tuple(window)

def unique_everseen(iterable):
    seen = set()
    for el in filterfalse(seen.__contains__, iterable):
        seen.add(el)
        yield el

def unique_justseen(iterable):
    return map(next, map(operator.itemgetter(1), groupby(iterable)))

def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)

def powerset(s):
    s = list(s)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))

def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return list(filterfalse(pred, t1)), list(filter(pred, t2))

def dotproduct(a, b):
    return sum(starmap(operator.mul, zip(a, b)))

print("take:", take(3, repeat("z")))
print("roundrobin:", list(roundrobin("ABC", "D", "EF")))
print("sliding:", list(sliding_window("ABCDE", 3)))
print("unique_everseen:", "".join(unique_everseen("AAAABBBCCDAABBB")))
print("unique_justseen:", "".join(unique_justseen("AAAABBBCCDAABBB")))
print("grouper:", list(grouper("ABCDEFG", 3, "x")))
print("powerset:", list(powerset([1, 2, 3])))
print("partition:", partition(lambda x: x % 2, range(10)))
print("dotproduct:", dotproduct([1, 2, 3], [4, 5, 6]))
print("running max prefix:", list(accumulate([1, 3, 2, 5, 4], max)))
