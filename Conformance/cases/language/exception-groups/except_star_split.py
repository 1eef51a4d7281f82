# description: except* splits an ExceptionGroup among handlers and re-raises the unhandled rest
# features: [exception-groups, exceptions]
# min-version: 3.11
# expect: output

def show(eg):
    if isinstance(eg, BaseExceptionGroup):
        return f"{type(eg).__name__}({eg.message!r}, [{', '.join(show(e) for e in eg.exceptions)}])"
    return f"{type(eg).__name__}({eg})"

eg = ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ValueError("v2"), KeyError("k")])
log = []
try:
    try:
        raise eg
    except* ValueError as g:
        log.append("ValueError handler: " + show(g))
    except* TypeError as g:
        log.append("TypeError handler: " + show(g))
except ExceptionGroup as rest:
    log.append("rest: " + show(rest))
print("\n".join(log))

# each handler runs at most once, even with several matching leaves
count = 0
try:
    raise ExceptionGroup("many", [ValueError(i) for i in range(5)])
except* ValueError as g:
    count += 1
    print("leaves in one call:", len(g.exceptions))
print("handler calls:", count)

# a tuple of types in except*
try:
    raise ExceptionGroup("mix", [OSError("o"), KeyError("k"), IndexError("i")])
except* (KeyError, IndexError) as g:
    print("tuple handler:", sorted(type(e).__name__ for e in g.exceptions))
except* OSError as g:
    print("os handler:", show(g))

# the handler's group keeps the original message and structure
try:
    raise ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [ValueError("b"), TypeError("c")])])
except* ValueError as g:
    print("matched structure:", show(g))
except* TypeError as g:
    print("matched structure:", show(g))

# except* does not catch a group that has nothing matching
try:
    try:
        raise ExceptionGroup("none", [KeyError(1)])
    except* ValueError:
        print("never")
except ExceptionGroup as g:
    print("untouched:", show(g), g is not None)

# the else clause runs only if nothing was raised
try:
    pass
except* ValueError:
    print("never")
else:
    print("else ran")
finally:
    print("finally ran")
