# description: generator.close() returns the value a generator returns while handling GeneratorExit (3.13)
# features: [generators]
# min-version: 3.13
# expect: output

def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "value from close"
g = returns_on_close()
next(g)
print("close returns:", repr(g.close()))
print("second close:", repr(g.close()))

def plain():
    yield 1
g = plain()
next(g)
print("re-raised GeneratorExit:", repr(g.close()))
g = plain()
print("unstarted:", repr(g.close()))

def finishes():
    yield 1
    return "normal return"
g = finishes()
next(g)
next(g, None)
print("already finished:", repr(g.close()))

# close() on a delegating generator: the subgenerator's return during close
def sub():
    try:
        yield "sub"
    except GeneratorExit:
        return "sub value"
def outer():
    r = yield from sub()
    return ("outer saw", r)
g = outer()
next(g)
print("delegating close:", repr(g.close()))
