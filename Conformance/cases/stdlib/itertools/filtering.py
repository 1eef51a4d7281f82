# description: chain, chain.from_iterable, compress, dropwhile, takewhile, filterfalse and starmap select and transform lazily
# features: [itertools]
# expect: output

from itertools import chain, compress, dropwhile, takewhile, filterfalse, starmap

print("chain:", list(chain("ab", [1, 2], (), range(2))))
print("from_iterable:", list(chain.from_iterable(["xy", "z", ""])))
print("chain empty:", list(chain()))
print("compress:", list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print("compress short selectors:", list(compress("ABCDEF", [1, 1])))
print("dropwhile:", list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print("takewhile:", list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print("filterfalse:", list(filterfalse(lambda x: x % 2, range(10))))
print("filterfalse None:", list(filterfalse(None, [0, 1, "", "a", None, [], [0]])))
print("starmap:", list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print("starmap lists:", list(starmap(lambda *a: sum(a), [[1, 2, 3], [4]])))
it = iter([1, 2, 3, 10, 4, 5])
print("takewhile consumes failing item:", list(takewhile(lambda x: x < 3, it)), list(it))
it = iter([1, 2, 3, 10, 4])
dw = dropwhile(lambda x: x < 3, it)
print("dropwhile keeps first true:", next(dw), list(dw))
try:
    list(starmap(pow, [5]))
except TypeError as e:
    print("TypeError:", e)
chained = chain([1], [2])
print("chain is lazy iterator:", iter(chained) is chained)
