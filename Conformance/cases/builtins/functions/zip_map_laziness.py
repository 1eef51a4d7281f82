# description: laziness of map/filter/zip/enumerate/reversed: nothing runs until iteration; exhaustion semantics
# features: [builtins, iterators]
# expect: output
log = []
def f(x):
    log.append(x)
    return x * 2
m = map(f, [1, 2, 3])
print("after creating map:", log)
print("first:", next(m), log)
print("rest:", list(m), log)
print("exhausted:", list(m))
log.clear()
flt = filter(lambda x: log.append(x) or x > 1, [1, 2, 3])
print("filter lazy:", log, next(flt), log)
src = [1, 2, 3]
z = zip(src, src)
src.append(4)
print("zip sees list growth before iteration:", list(z))
e = enumerate(iter(["a", "b"]))
print("enumerate then next:", next(e), list(e))
r = reversed([1, 2, 3])
print("reversed consumes lazily:", next(r), list(r), list(r))
it = iter(range(5))
print("zip stops on shortest and consumes one extra from earlier iterables:", list(zip(it, range(2))), list(it))
gen_log = []
def gen():
    for i in range(3):
        gen_log.append(i)
        yield i
print("any short-circuits generator:", any(x == 1 for x in gen()), gen_log)
print("iter() of map is itself:", (lambda mm: iter(mm) is mm)(map(abs, [])))
