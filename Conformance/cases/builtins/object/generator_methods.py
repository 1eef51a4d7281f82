# description: generator objects: send/throw/close, StopIteration value, gi_running/frame state, already-executing error
# features: [builtins, generators]
# expect: output
def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    except GeneratorExit:
        received.append("closed")
        raise
    finally:
        print("finally ran with", received)
g = echo()
print("prime:", next(g))
print("send:", g.send("a"), g.send("b"))
g.close()
print("closed twice ok:", g.close() is None)
try:
    next(g)
except StopIteration:
    print("next after close ! StopIteration")
def fresh():
    yield 1
f = fresh()
try:
    f.send("x")
except TypeError as e:
    print("send non-None to new generator ! TypeError:", e)
def returns():
    yield 1
    return "result"
r = returns()
next(r)
try:
    next(r)
except StopIteration as e:
    print("return value:", e.value)
def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught inside:", e)
            yield "recovered"
c = catcher()
next(c)
print("throw result:", c.throw(ValueError("injected")))
try:
    c.throw(KeyError("unhandled"))
except KeyError as e:
    print("throw propagates ! KeyError:", e)
print("after propagation exhausted:", next(c, "done"))
def ignores_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
ic = ignores_close()
next(ic)
try:
    ic.close()
except RuntimeError as e:
    print("yield in GeneratorExit ! RuntimeError:", e)
def self_next():
    yield next(gen_ref)
gen_ref = self_next()
try:
    next(gen_ref)
except ValueError as e:
    print("re-entrant next ! ValueError:", e)
def states():
    yield
s = states()
print("gi_running/frame:", s.gi_running, s.gi_frame is not None, s.gi_code.co_name)
list(s)
print("after exhaustion frame:", s.gi_frame)
def raises_stop():
    raise StopIteration("inside")
    yield
try:
    next(raises_stop())
except RuntimeError as e:
    print("StopIteration inside generator ! RuntimeError:", e)
