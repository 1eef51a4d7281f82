# description: re-entering a running generator raises ValueError; StopIteration inside becomes RuntimeError
# features: [generators, exceptions]
# expect: output

def self_referencing():
    yield next(me)
me = self_referencing()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

# gi_running is True only while executing
def observe():
    yield observer.gi_running
observer = observe()
print("running inside:", next(observer), "outside:", observer.gi_running)

# send to a running generator
def sender():
    yield s.send(None)
s = sender()
try:
    next(s)
except ValueError as e:
    print("ValueError:", e)

# raising StopIteration inside a generator (PEP 479)
def leaky():
    yield 1
    raise StopIteration("leaked")
g = leaky()
next(g)
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__, e.__cause__)

# next() on an exhausted iterator inside a generator
def uses_next():
    it = iter([])
    yield next(it)
try:
    list(uses_next())
except RuntimeError as e:
    print("RuntimeError:", e)

# returning is the right way to stop
def ok():
    yield 1
    return
print("return ends cleanly:", list(ok()))

# StopIteration subclass also converted
class MyStop(StopIteration): pass
def sub_stop():
    yield 1
    raise MyStop
try:
    list(sub_stop())
except RuntimeError as e:
    print("subclass converted:", type(e.__cause__).__name__)

# a generator that raised is finished
g = leaky()
next(g)
try:
    next(g)
except RuntimeError:
    pass
print("finished:", next(g, "exhausted"), g.gi_frame)

# StopIteration in a generator expression
def bad_iter():
    raise StopIteration
try:
    list(bad_iter() for _ in range(2))
except RuntimeError as e:
    print("genexpr RuntimeError:", e)
