# description: chained generators interleave lazily, one item at a time through each stage
# features: [generators, iterators]
# expect: output

log = []
def source(n):
    for i in range(n):
        log.append(f"src {i}")
        yield i
def square(items):
    for i in items:
        log.append(f"sq {i}")
        yield i * i
def only_even(items):
    for i in items:
        if i % 2 == 0:
            log.append(f"keep {i}")
            yield i

pipeline = only_even(square(source(5)))
print("nothing ran yet:", log)
first = next(pipeline)
print("first:", first, log)
log.clear()
rest = list(pipeline)
print("rest:", rest, log)

# generator expressions pipeline with early termination
log.clear()
gen = (x * 10 for x in source(100))
found = next(x for x in gen if x > 25)
print("found:", found, "source steps:", len(log))

# zip stops at the shortest, pulling one extra from earlier iterators
log.clear()
def tagged(name, n):
    for i in range(n):
        log.append(f"{name}{i}")
        yield i
print("zip:", list(zip(tagged("a", 3), tagged("b", 2))), log)

# tee-like sharing: two consumers of one generator see disjoint items
g = iter(range(6))
pairs = list(zip(g, g))
print("shared iterator pairs:", pairs)

# generators remember position across for loops
g = (c for c in "abcdef")
for c in g:
    if c == "c":
        break
print("resume after break:", list(g))

# send-driven pipeline stage
def running_sum():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value
acc = running_sum()
next(acc)
print("running:", [acc.send(v) for v in [5, 10, 20]])
try:
    acc.send(None)
except StopIteration as e:
    print("final:", e.value)
