# description: ExitStack unwinds callbacks and entered contexts in LIFO order, passes exceptions along, and supports pop_all/close
# features: [contextlib, context-managers]
# expect: output

from contextlib import ExitStack, contextmanager

@contextmanager
def res(name, suppress=False):
    print(f"  open {name}")
    try:
        yield name
    except Exception as e:
        print(f"  {name} saw {type(e).__name__}")
        if not suppress:
            raise
    finally:
        print(f"  close {name}")

with ExitStack() as stack:
    a = stack.enter_context(res("a"))
    stack.callback(print, "  callback 1", "with args")
    b = stack.enter_context(res("b"))
    stack.callback(lambda: print("  callback 2"))
    print("  body", a, b)
print("---")
try:
    with ExitStack() as stack:
        stack.enter_context(res("outer"))
        stack.enter_context(res("suppressor", suppress=True))
        stack.enter_context(res("inner"))
        raise ValueError("x")
    print("suppressed by middle context")
except ValueError:
    print("not suppressed")
print("---")
with ExitStack() as stack:
    stack.enter_context(res("kept"))
    moved = stack.pop_all()
print("after with, nothing closed yet")
moved.close()
print("---")
with ExitStack() as stack:
    @stack.callback
    def decorated():
        print("  decorated callback")
    print("  callback returns func:", decorated.__name__)
def exit_fn(exc_type, exc, tb):
    print("  push saw:", exc_type.__name__ if exc_type else None)
    return True
with ExitStack() as stack:
    stack.push(exit_fn)
    raise KeyError("swallowed")
print("push suppressed")
try:
    with ExitStack() as stack:
        stack.enter_context(object())
except TypeError as e:
    print("TypeError:", e)
