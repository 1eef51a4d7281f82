# description: except* wraps a naked exception into an ExceptionGroup and unwraps when all handled
# features: [exception-groups, exceptions]
# min-version: 3.11
# expect: output

try:
    raise ValueError("naked")
except* ValueError as g:
    print("type in handler:", type(g).__name__)
    print("message:", repr(g.message))
    print("leaves:", [repr(e) for e in g.exceptions])

# a naked exception not matched propagates as itself (not wrapped)
try:
    try:
        raise KeyError("k")
    except* ValueError:
        print("never")
except KeyError as e:
    print("unmatched naked propagates as:", type(e).__name__, e)
except ExceptionGroup:
    print("wrongly wrapped")

# catching the base Exception in except* gets the whole group
try:
    raise ExceptionGroup("all", [ValueError(1), TypeError(2)])
except* Exception as g:
    print("Exception handler got:", len(g.exceptions), type(g).__name__)

# BaseExceptionGroup when a leaf is not an Exception
try:
    raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
except* KeyboardInterrupt as g:
    print("kbd handler type:", type(g).__name__)
except* ValueError as g:
    print("value handler type:", type(g).__name__)

# constructing BaseExceptionGroup with only Exceptions gives an ExceptionGroup
g = BaseExceptionGroup("x", [ValueError()])
print("BaseExceptionGroup of Exceptions ->", type(g).__name__)

# except* cannot catch ExceptionGroup types themselves
compile("try:\n  pass\nexcept* ExceptionGroup:\n  pass\n", "<s>", "exec")
print("compiles; the check happens at run time")
try:
    try:
        raise ValueError
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError:", e)
