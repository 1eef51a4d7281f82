# description: sys.exc_info() and sys.exception() inside/outside handlers, nested handlers and after handling
# features: [builtins, sys, exceptions]
# min-version: 3.11
# expect: output
import sys
print("outside:", sys.exc_info(), sys.exception())
try:
    raise ValueError("outer")
except ValueError:
    t, v, tb = sys.exc_info()
    print("in handler:", t.__name__, v, tb is not None, sys.exception() is v)
    try:
        raise KeyError("inner")
    except KeyError:
        print("nested:", sys.exc_info()[0].__name__, repr(sys.exception()))
    print("restored after nested:", sys.exc_info()[0].__name__, sys.exception())
print("after handler:", sys.exc_info(), sys.exception())
def helper():
    return sys.exception()
try:
    1 / 0
except ZeroDivisionError:
    print("visible in called function:", type(helper()).__name__)
try:
    raise TypeError("finally")
except TypeError:
    pass
finally:
    print("in finally after handled:", sys.exception())
try:
    try:
        raise OSError("in try")
    finally:
        print("in finally while propagating:", type(sys.exception()).__name__)
except OSError:
    pass
def gen():
    try:
        raise RuntimeError("in generator")
    except RuntimeError:
        yield sys.exception()
    yield sys.exception()
g = gen()
print("generator handler:", repr(next(g)))
print("generator after handler:", next(g))
print("exc_info tuple length:", len(sys.exc_info()))
