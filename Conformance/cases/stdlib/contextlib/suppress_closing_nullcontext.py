# description: suppress ignores listed exceptions (including in groups, 3.12+), closing calls close(), nullcontext returns its value
# features: [contextlib, context-managers]
# min-version: 3.12
# expect: output

from contextlib import suppress, closing, nullcontext

with suppress(KeyError, IndexError):
    {}["x"]
    print("not reached")
print("suppressed KeyError")
with suppress(LookupError):
    [][1]
print("suppressed subclass IndexError")
try:
    with suppress(KeyError):
        raise ValueError("v")
except ValueError as e:
    print("other passes:", e)
with suppress():
    pass
print("empty suppress ok")
try:
    with suppress(ValueError):
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except ExceptionGroup as eg:
    print("group remainder:", [type(x).__name__ for x in eg.exceptions])
with suppress(ValueError):
    raise ExceptionGroup("eg", [ValueError(1), ValueError(2)])
print("fully suppressed group")

class Resource:
    def close(self):
        print("  closed")
with closing(Resource()) as r:
    print("  using", type(r).__name__)
try:
    with closing(Resource()):
        raise RuntimeError("fail")
except RuntimeError:
    print("closed even on error")

with nullcontext(42) as v:
    print("nullcontext value:", v)
with nullcontext() as v:
    print("nullcontext default:", v)
def maybe_open(cm=None):
    return cm if cm is not None else nullcontext("fallback")
with maybe_open() as v:
    print("optional cm:", v)
try:
    with nullcontext():
        raise KeyError("k")
except KeyError:
    print("nullcontext does not suppress")
