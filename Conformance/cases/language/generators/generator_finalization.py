# description: try/finally and with blocks in generators run on exhaustion, close and on explicit deletion
# features: [generators, context-managers]
# flags: [cpython-impl-detail]
# expect: output

log = []
class Res:
    def __init__(self, name): self.name = name
    def __enter__(self):
        log.append(f"open {self.name}")
        return self
    def __exit__(self, et, ev, tb):
        log.append(f"close {self.name} ({et.__name__ if et else 'clean'})")

def reader(name):
    with Res(name):
        for i in range(3):
            yield i
    log.append(f"after with {name}")

print("exhausted:", list(reader("a")), log)
log.clear()
g = reader("b")
next(g)
g.close()
print("closed early:", log)
log.clear()

# dropping the last reference finalizes immediately in CPython (reference counting)
g = reader("c")
next(g)
del g
print("deleted:", log)
log.clear()

# an unstarted generator has nothing to finalize
g = reader("d")
del g
print("unstarted deleted:", log)

# finally in generator runs once
count = []
def once():
    try:
        yield 1
    finally:
        count.append(1)
g = once()
next(g)
g.close()
g.close()
print("finally runs once:", len(count))

# exceptions during close() are reported, other than GeneratorExit/StopIteration
def raising_finally():
    try:
        yield
    finally:
        raise ValueError("in finally")
g = raising_finally()
next(g)
try:
    g.close()
except ValueError as e:
    print("close raised:", e)
