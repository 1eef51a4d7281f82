# description: ContextDecorator and AbstractContextManager let class-based managers decorate functions and get default __enter__
# features: [contextlib, decorators, classes]
# expect: output

from contextlib import ContextDecorator, AbstractContextManager, contextmanager

class logged(ContextDecorator):
    def __init__(self, label):
        self.label = label
    def __enter__(self):
        print(f"enter {self.label}")
        return self
    def __exit__(self, *exc):
        print(f"exit {self.label} exc={exc[0].__name__ if exc[0] else None}")
        return False

@logged("fn")
def compute(x):
    print("  computing", x)
    return x + 1
print("result:", compute(1))
print("name preserved:", compute.__name__)
@logged("err")
def fails():
    raise ValueError("bad")
try:
    fails()
except ValueError as e:
    print("propagated:", e)
with logged("as with") as l:
    print("  with target label:", l.label)

class Managed(AbstractContextManager):
    def __exit__(self, *exc):
        print("managed exit")
with Managed() as m:
    print("default __enter__ returns self:", type(m).__name__)
print("structural:", issubclass(type("X", (), {"__enter__": lambda s: s, "__exit__": lambda s, *a: None}), AbstractContextManager))
class OnlyEnter:
    def __enter__(self):
        return self
print("missing __exit__:", issubclass(OnlyEnter, AbstractContextManager))
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print("TypeError:", e)
