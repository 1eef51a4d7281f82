# description: __exit__ receives exception details and its truthy return value suppresses the exception
# features: [context-managers, exceptions]
# expect: output

class Catch:
    def __init__(self, result):
        self.result = result
        self.seen = None
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        self.seen = (et.__name__ if et else None, str(ev) if ev else None, tb is not None)
        return self.result

for result in (True, 1, "yes", [0], False, 0, None, "", []):
    c = Catch(result)
    try:
        with c:
            raise ValueError("boom")
        outcome = "suppressed"
    except ValueError:
        outcome = "propagated"
    print(repr(result), "->", outcome, c.seen)

# no exception: exit gets three Nones and return value is ignored
c = Catch(True)
with c:
    pass
print("clean exit:", c.seen)

# return from inside the with: __exit__ runs with None, return value kept
def f():
    c = Catch(False)
    with c:
        return "returned", c
r, c = f()
print(r, c.seen)

# break/continue inside with inside a loop
log = []
class L:
    def __init__(self, i): self.i = i
    def __enter__(self): log.append(f"in{self.i}")
    def __exit__(self, *a):
        log.append(f"out{self.i}")
for i in range(4):
    with L(i):
        if i == 1:
            continue
        if i == 2:
            break
print(log)

# suppressed exception: execution continues after the with statement, 'as' value bound
with Catch(True) as c:
    x = 1
    raise KeyError("k")
    x = 2
print("after suppressed:", x, c.seen)

# exception raised in __exit__ replaces the original, with context set
class Raising:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        raise TypeError("from exit")
try:
    with Raising():
        raise ValueError("original")
except TypeError as e:
    print("replaced:", e, "| context:", repr(e.__context__))

# exit is looked up on the type, not the instance
class NoExit:
    def __enter__(self): return self
obj = NoExit()
obj.__exit__ = lambda *a: True
try:
    with obj:
        pass
except TypeError as e:
    print("TypeError:", e)
