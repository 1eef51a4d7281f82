# description: @contextmanager sees body exceptions at yield and can handle, re-raise, replace or suppress them; finally always runs
# features: [contextlib, exceptions, context-managers]
# expect: output

from contextlib import contextmanager

@contextmanager
def handler(suppress):
    try:
        yield
    except ValueError as e:
        print("  caught in generator:", e)
        if not suppress:
            raise
    finally:
        print("  finally ran")

with handler(True):
    raise ValueError("boom")
print("suppressed, continuing")
try:
    with handler(False):
        raise ValueError("again")
except ValueError as e:
    print("re-raised:", e)
try:
    with handler(True):
        raise KeyError("other")
except KeyError as e:
    print("not handled passes through:", e)

@contextmanager
def translate():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("translated") from e
try:
    with translate():
        1 / 0
except ArithmeticError as e:
    print("replaced:", e, "cause:", type(e.__cause__).__name__)

@contextmanager
def unprotected():
    print("  setup")
    yield
    print("  cleanup (skipped on error)")
try:
    with unprotected():
        raise RuntimeError("x")
except RuntimeError as e:
    print("propagated:", e)

@contextmanager
def reraise_stopiteration():
    yield
try:
    with reraise_stopiteration():
        raise StopIteration("stop")
except StopIteration as e:
    print("StopIteration preserved:", e)

@contextmanager
def swallow_all():
    try:
        yield
    except Exception:
        pass
def f():
    with swallow_all():
        return "returned"
print("return through cm:", f())
with swallow_all():
    raise TypeError
print("bare exception class raised and swallowed")
