# description: async def functions return coroutine objects that can be driven by send() without an event loop
# features: [generators, syntax]
# min-version: 3.8
# expect: output

class Suspend:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        value = yield self.label
        return f"resumed {self.label} with {value}"

async def inner():
    r1 = await Suspend("first")
    r2 = await Suspend("second")
    return [r1, r2]

async def outer():
    results = await inner()
    return ("outer got", results)

coro = outer()
print("type:", type(coro).__name__)
print("yielded:", coro.send(None))
print("yielded:", coro.send("A"))
try:
    coro.send("B")
except StopIteration as e:
    print("returned:", e.value)

# awaiting a non-awaitable
async def bad():
    await 5
c = bad()
try:
    c.send(None)
except TypeError as e:
    print("TypeError:", e)

# closing an unstarted coroutine and throwing into a suspended one
async def guarded():
    try:
        await Suspend("wait")
    except KeyError as e:
        return f"handled {e}"
g = guarded()
g.send(None)
try:
    g.throw(KeyError("k"))
except StopIteration as e:
    print("throw result:", e.value)
u = outer()
u.close()
print("closed unstarted coroutine")

# async generators and async for driven manually
async def agen():
    for i in range(3):
        yield i * 10

async def consume():
    out = []
    async for v in agen():
        out.append(v)
    return out
c = consume()
try:
    c.send(None)
except StopIteration as e:
    print("async for:", e.value)

# async with
class ACM:
    async def __aenter__(self):
        return "entered"
    async def __aexit__(self, *exc):
        print("  __aexit__ called")
        return False
async def use():
    async with ACM() as v:
        return v
c = use()
try:
    c.send(None)
except StopIteration as e:
    print("async with:", e.value)
