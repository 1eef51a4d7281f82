# description: tracebacks through generators, yield from chains and generator throw() show generator frames
# features: [tracebacks, generators]
# expect: output

def frames(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out

def producer():
    yield 1
    raise KeyError("in producer")      # line 15

def relay():
    yield from producer()              # line 18

def consume():
    return list(relay())               # line 21

try:
    consume()                          # line 24
except KeyError as e:
    print("yield from chain:", frames(e))

# throw() into a generator: the traceback includes the generator frame at its yield
def waiting():
    try:
        yield "ready"                  # line 31
    except ValueError:
        raise TypeError("converted")   # line 33
g = waiting()
next(g)
try:
    g.throw(ValueError("thrown"))      # line 37
except TypeError as e:
    print("throw converted:", frames(e))
    print("context frames:", frames(e.__context__))

# generator expression frames are named <genexpr>
def gen_expr():
    return sum(1 // x for x in [1, 0])  # line 44
try:
    gen_expr()                         # line 46
except ZeroDivisionError as e:
    print("genexpr:", frames(e))
