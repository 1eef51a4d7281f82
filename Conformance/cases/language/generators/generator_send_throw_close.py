# description: generator send(), throw() and close() semantics including GeneratorExit handling
# features: [generators, exceptions]
# expect: output

def echo():
    received = []
    try:
        while True:
            try:
                value = yield len(received)
                received.append(value)
            except ValueError as e:
                received.append(f"handled {e}")
    finally:
        print("  echo finally, received:", received)

g = echo()
print("prime:", g.send(None))
print("send a:", g.send("a"))
print("send b:", g.send("b"))
print("throw ValueError:", g.throw(ValueError("bad")))
g.close()
print("closed; next:", next(g, "exhausted"))

# send non-None to a just-started generator
g = echo()
try:
    g.send(1)
except TypeError as e:
    print("TypeError:", e)
g.close()

# throw into an unstarted generator raises at the start without running the body
def body():
    print("  body ran")
    yield
g = body()
try:
    g.throw(KeyError("early"))
except KeyError as e:
    print("early throw:", e)
print("after early throw:", next(g, "exhausted"))

# throw an exception the generator does not handle
def simple():
    yield 1
    yield 2
g = simple()
next(g)
try:
    g.throw(RuntimeError("unhandled"))
except RuntimeError as e:
    print("unhandled throw:", e)

# close: GeneratorExit raised at the yield
def closing():
    try:
        yield 1
    except GeneratorExit:
        print("  got GeneratorExit")
        raise
g = closing()
next(g)
print("close returns:", g.close())

# yielding in response to GeneratorExit is an error
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

# close on unstarted or finished generators is a no-op
g = simple()
g.close()
print("closed unstarted:", list(g))

# throw with a class and a value instance
g = echo()
next(g)
print("throw class:", g.throw(ValueError))
g.close()

# send drives a coroutine-style accumulator
def averager():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count
a = averager()
next(a)
print("averages:", [a.send(v) for v in (10, 20, 60)])
