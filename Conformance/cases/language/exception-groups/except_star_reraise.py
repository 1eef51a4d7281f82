# description: raising inside except* handlers combines new and unhandled exceptions into one group
# features: [exception-groups, exceptions]
# min-version: 3.11
# expect: output

def show(eg):
    if isinstance(eg, BaseExceptionGroup):
        return f"{type(eg).__name__}({eg.message!r}, [{', '.join(show(e) for e in eg.exceptions)}])"
    return f"{type(eg).__name__}({eg})"

# bare raise in a handler re-raises the matched part, merged with the unhandled part
try:
    try:
        raise ExceptionGroup("eg", [ValueError("a"), TypeError("b")])
    except* ValueError:
        raise
except ExceptionGroup as g:
    print("bare raise:", show(g))

# raising a new exception in a handler: new one is collected with the rest
try:
    try:
        raise ExceptionGroup("eg", [ValueError("a"), TypeError("b")])
    except* ValueError:
        raise KeyError("new")
except ExceptionGroup as g:
    print("new raise:", show(g))
    new = [e for e in g.exceptions if isinstance(e, KeyError)][0]
    print("new context:", show(new.__context__))

# all handled, nothing raised: no exception escapes
try:
    raise ExceptionGroup("eg", [ValueError("a")])
except* ValueError:
    pass
print("fully handled")

# raise from inside handler keeps __cause__
try:
    try:
        raise ExceptionGroup("eg", [ValueError("a")])
    except* ValueError as g:
        raise RuntimeError("wrapped") from g
except Exception as r:
    print("single new exception escapes unwrapped:", show(r))
    print("cause:", show(r.__cause__))

# several handlers each re-raising
try:
    try:
        raise ExceptionGroup("eg", [ValueError("a"), TypeError("b"), OSError("c")])
    except* ValueError:
        raise
    except* TypeError:
        raise
except ExceptionGroup as g:
    print("two bare raises:", show(g))

# continue/break/return are not allowed in except*
for src in ["for i in []:\n  try: pass\n  except* ValueError: break\n",
            "def f():\n  try: pass\n  except* ValueError: return 1\n"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
