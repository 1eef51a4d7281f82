# description: generator functions are lazy, keep state between yields and finish with StopIteration
# features: [generators, iterators]
# expect: output

log = []
def gen():
    log.append("start")
    yield 1
    log.append("after 1")
    x = yield 2
    log.append(f"received {x}")
    yield from [3, 4]
    log.append("end")

g = gen()
print("created, not started:", log, type(g).__name__)
print("next:", next(g), log)
print("next:", next(g), log)
print("rest:", list(g), log)
print("exhausted:", next(g, "done"), list(g))

# return value in a generator becomes StopIteration.value
def with_return():
    yield "a"
    return "result"
g = with_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration.value:", e.value, e.args)

# generator is its own iterator
g = gen()
print("iter(g) is g:", iter(g) is g)

# infinite generator consumed partially
def naturals():
    n = 0
    while True:
        yield n
        n += 1
nat = naturals()
print("first five:", [next(nat) for _ in range(5)])
print("continue:", next(nat))

# generator state
def stateful():
    yield 1
g = stateful()
print("gi_running:", g.gi_running, "gi_frame set:", g.gi_frame is not None)
next(g)
next(g, None)
print("after exhaustion gi_frame:", g.gi_frame)
print("name/qualname:", g.__name__, g.gi_code.co_name)

# a function containing yield anywhere is a generator, even if unreachable
def sneaky():
    return 1
    yield
print("sneaky is generator:", type(sneaky()).__name__, list(sneaky()))

# generator expressions
ge = (i * 2 for i in range(3))
print("genexpr:", next(ge), list(ge))

# exceptions inside the generator propagate to the caller and finish it
def failing():
    yield 1
    raise ValueError("inside")
    yield 2
g = failing()
next(g)
try:
    next(g)
except ValueError as e:
    print("propagated:", e)
print("finished after exception:", next(g, "done"))
