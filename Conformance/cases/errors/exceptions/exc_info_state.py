# description: sys.exc_info() and sys.exception() inside handlers, nested handlers, finally, generators and after handling
# features: [exceptions, sys]
# min-version: 3.11
# expect: output
import sys

def state():
    t, v, tb = sys.exc_info()
    cur = sys.exception()
    return (t.__name__ if t else None, str(v) if v else None, tb is not None, cur is v)

print("outside:", state())
try:
    raise ValueError("v1")
except ValueError:
    print("in handler:", state())
    try:
        raise KeyError("k1")
    except KeyError:
        print("nested:", state())
    print("back in outer handler:", state())
print("after:", state())

# in finally during exception propagation
try:
    try:
        raise TypeError("t1")
    finally:
        print("finally while propagating:", state())
except TypeError:
    pass

# in finally with no exception
try:
    pass
finally:
    print("finally clean:", state())

# called function sees the caller's handled exception
def callee():
    return state()
try:
    raise OSError("o1")
except OSError:
    print("callee sees:", callee())

# generators: the exception state inside the generator is its own
def gen():
    yield state()
    try:
        raise IndexError("in gen")
    except IndexError:
        yield state()
    yield state()
g = gen()
try:
    raise ValueError("caller")
except ValueError:
    print("gen first:", next(g))
    print("gen in handler:", next(g))
print("gen after handler:", next(g))

# with statement exit receives the same info
class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        print("__exit__ state:", state())
        return True
with CM():
    raise RuntimeError("r1")
print("after with:", state())
