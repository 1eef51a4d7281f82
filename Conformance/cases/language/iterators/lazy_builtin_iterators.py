# description: map, filter, zip, enumerate and reversed are lazy one-shot iterators that pull from their sources on demand
# features: [iterators, builtins]
# expect: output

log = []
def src(name, n):
    for i in range(n):
        log.append(f"{name}{i}")
        yield i

m = map(lambda x: x * 2, src("m", 3))
print("map created, nothing pulled:", log)
print("first:", next(m), log)
print("rest:", list(m), "again:", list(m))

log.clear()
f = filter(lambda x: x % 2, src("f", 5))
print("filter first:", next(f), log)

log.clear()
e = enumerate(src("e", 3), start=10)
first = next(e)
print("enumerate first:", first, "pulled:", list(log))
print("enumerate rest:", list(e))

log.clear()
z = zip(src("a", 2), src("b", 5))
print("zip:", list(z), log)

# reversed over a list sees the list at each step (not a snapshot)
lst = [1, 2, 3]
r = reversed(lst)
lst[0] = 100
print("reversed sees mutation:", list(r))

# iterators over lists track the index; appending during iteration is seen
lst = [1, 2]
it = iter(lst)
next(it)
lst.append(3)
print("list iterator sees append:", list(it))

# dict iteration fails when size changes, but value updates are fine
d = {"a": 1, "b": 2}
for k in d:
    d[k] += 1
print("value updates ok:", d)
try:
    for k in d:
        d["new" + k] = 0
except RuntimeError as e:
    print("RuntimeError:", e)

# map with several iterables stops at the shortest; filter(None) keeps truthy values
print("map multi:", list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
print("filter None:", list(filter(None, [0, 1, "", "x", None, [], [0]])))

# an exhausted iterator stays exhausted even if the source grows
lst = [1]
it = iter(lst)
print("drain:", list(it))
lst.append(2)
print("after growth:", list(it))

# iter() on an iterator returns it; on an iterable returns a fresh iterator
m2 = map(str, [1])
print("iter identity:", iter(m2) is m2, iter(lst) is iter(lst))
