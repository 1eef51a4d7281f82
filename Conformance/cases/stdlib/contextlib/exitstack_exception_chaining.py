# description: ExitStack replaces and chains exceptions raised by callbacks like nested with statements do
# features: [contextlib, exceptions]
# expect: output

from contextlib import ExitStack

def raiser(exc):
    def cb():
        raise exc
    return cb
try:
    with ExitStack() as stack:
        stack.callback(raiser(KeyError("first registered")))
        stack.callback(raiser(ValueError("second registered")))
        raise IndexError("body")
except Exception as e:
    print("final:", type(e).__name__, e)
    ctx = e.__context__
    print("context:", type(ctx).__name__, ctx)
    print("context of context:", type(ctx.__context__).__name__, ctx.__context__)
order = []
with ExitStack() as s:
    for i in range(4):
        s.callback(order.append, i)
print("lifo:", order)
with ExitStack() as outer:
    inner = outer.enter_context(ExitStack())
    inner.callback(print, "inner callback")
    outer.callback(print, "outer callback")
