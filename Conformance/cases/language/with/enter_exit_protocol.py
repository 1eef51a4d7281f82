# description: with statement looks up __enter__/__exit__ on the type and binds the __enter__ result
# features: [context-managers, classes]
# expect: output

log = []

class Tracing:
    def __enter__(self):
        log.append("enter")
        return 42
    def __exit__(self, *args):
        log.append(("exit", len(args)))

with Tracing() as v:
    log.append(("body", v))
print(log)

# __enter__ returning self is conventional, not required
with Tracing():
    pass

# missing __enter__ / __exit__ messages
class OnlyExit:
    def __exit__(self, *a): pass
class OnlyEnter:
    def __enter__(self): return self
for obj in (OnlyExit(), OnlyEnter(), 5):
    try:
        with obj:
            pass
    except TypeError as e:
        print("TypeError:", e)

# __exit__ is obtained before __enter__ is called (both looked up first)
order = []
class Lookup:
    def __getattribute__(self, name):
        order.append(name)
        return object.__getattribute__(self, name)
    def __enter__(self):
        order.append("call enter")
        return self
    def __exit__(self, *a):
        order.append("call exit")
with Lookup():
    pass
print("instance __getattribute__ bypassed:", order)

# a generator-based manager written by hand
class Managed:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, et, ev, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
        else:
            try:
                self.gen.throw(ev)
            except StopIteration:
                return True
            except BaseException as e:
                if e is ev:
                    return False
                raise
def resource(name):
    log.append(f"open {name}")
    try:
        yield name
    except KeyError:
        log.append("handled KeyError inside generator")
    finally:
        log.append(f"close {name}")
log.clear()
with Managed(resource("r1")) as r:
    log.append(f"use {r}")
with Managed(resource("r2")):
    raise KeyError
try:
    with Managed(resource("r3")):
        raise ValueError("escapes")
except ValueError as e:
    log.append(f"caught {e}")
print(log)
