# description: except* handlers see nested groups, preserve structure, and interact with plain except outside
# features: [exception-groups, exceptions]
# min-version: 3.11
# expect: output

def show(eg):
    if isinstance(eg, BaseExceptionGroup):
        return f"{type(eg).__name__}({eg.message!r}, [{', '.join(show(e) for e in eg.exceptions)}])"
    return f"{type(eg).__name__}({eg})"

def raiser():
    errors = []
    for i, exc_type in enumerate([ValueError, TypeError, ValueError]):
        try:
            raise exc_type(f"job{i}")
        except Exception as e:
            errors.append(e)
    inner = ExceptionGroup("inner", errors[1:])
    raise ExceptionGroup("outer", [errors[0], inner])

log = []
try:
    raiser()
except* ValueError as g:
    log.append(show(g))
except* TypeError as g:
    log.append(show(g))
print("\n".join(log))

# nested try with except* inside except*
try:
    try:
        raise ExceptionGroup("a", [ValueError(1), TypeError(2)])
    except* ValueError:
        try:
            raise ExceptionGroup("b", [KeyError(3), IndexError(4)])
        except* KeyError as g:
            print("inner handler:", show(g))
except ExceptionGroup as g:
    print("escaped:", show(g))

# empty groups are pruned from the rest
try:
    try:
        raise ExceptionGroup("x", [ExceptionGroup("only-values", [ValueError(1)]), TypeError(2)])
    except* ValueError:
        pass
except ExceptionGroup as g:
    print("pruned:", show(g))

# exception leaves keep their tracebacks (tb lineno of leaf points at its raise)
try:
    raiser()
except* TypeError as g:
    leaf = g.exceptions[0].exceptions[0]
    print("leaf has traceback:", leaf.__traceback__ is not None)
except* ValueError:
    pass
