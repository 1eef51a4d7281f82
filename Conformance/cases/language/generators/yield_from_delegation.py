# description: yield from delegates iteration, send, throw, close and collects the subgenerator's return value
# features: [generators]
# expect: output

def inner():
    log = []
    try:
        x = yield "inner-1"
        log.append(x)
        y = yield "inner-2"
        log.append(y)
    except KeyError as e:
        log.append(f"inner caught {e}")
        yield "after-catch"
    return log

def outer():
    result = yield from inner()
    yield f"inner returned {result}"
    return "outer done"

g = outer()
print(next(g))
print(g.send("sent-A"))
print(g.send("sent-B"))
try:
    next(g)
except StopIteration as e:
    print("outer return:", e.value)

# throw passes through to the subgenerator
g = outer()
next(g)
print("throw:", g.throw(KeyError("k")))
print(next(g))

# close closes the subgenerator first
def sub():
    try:
        yield 1
        yield 2
    finally:
        print("  sub finally")
def delegator():
    try:
        yield from sub()
    finally:
        print("  delegator finally")
g = delegator()
next(g)
g.close()

# yield from any iterable, and its value is None for non-generators
def from_iterables():
    r = yield from [1, 2]
    yield ("list result", r)
    yield from "ab"
    yield from range(2)
print("iterables:", list(from_iterables()))

# exception raised by the subgenerator propagates through the delegator
def failing():
    yield 1
    raise ValueError("from sub")
def wrapper():
    try:
        yield from failing()
    except ValueError as e:
        yield f"wrapper caught {e}"
print("propagation:", list(wrapper()))

# nested delegation depth 3 with return values
def level(n):
    if n == 0:
        yield "leaf"
        return 0
    r = yield from level(n - 1)
    yield f"level {n} got {r}"
    return r + 1
print("nested:", list(level(3)))

# send to a subgenerator that is a plain iterator needs next-compatible values
def to_list_iter():
    yield from iter([1, 2])
g = to_list_iter()
next(g)
try:
    g.send("x")
except AttributeError as e:
    print("AttributeError:", e)

# throw of GeneratorExit-like close into a subgenerator that returns
def sub_returning():
    try:
        yield 1
    except ValueError:
        return "handled and returned"
def deleg():
    r = yield from sub_returning()
    yield r
g = deleg()
next(g)
print("throw makes subgenerator return:", g.throw(ValueError))
