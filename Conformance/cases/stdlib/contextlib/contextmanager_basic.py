# description: @contextmanager runs setup before yield and cleanup after, binds the yielded value, and is single-use
# features: [contextlib, generators, context-managers]
# expect: output

from contextlib import contextmanager

@contextmanager
def tag(name):
    print(f"<{name}>")
    yield name.upper()
    print(f"</{name}>")

with tag("p") as v:
    print("  body, as:", v)
with tag("a"), tag("b"):
    print("  nested")
@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        print("  inside two_yields")
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def as_decorator():
    print("enter deco")
    yield
    print("exit deco")
@as_decorator()
def work(x):
    print("  work", x)
    return x * 2
print("decorated returns:", work(3))
print("decorated again:", work(4))
