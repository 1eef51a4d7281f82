# description: traceback line numbers when exceptions pass through finally blocks, with statements and handlers
# features: [tracebacks, exceptions, context-managers]
# expect: output

def frames(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out

def through_finally():
    try:
        raise ValueError("v")          # line 15
    finally:
        pass

def through_with():
    class CM:
        def __enter__(self): return self
        def __exit__(self, *a): return False
    with CM():
        raise KeyError("k")            # line 24

def in_handler():
    try:
        raise ValueError("first")      # line 28
    except ValueError:
        raise TypeError("second")      # line 30

def in_exit():
    class CM:
        def __enter__(self): return self
        def __exit__(self, *a):
            raise OSError("exit")      # line 36
    with CM():                         # line 37
        pass

for fn in (through_finally, through_with, in_handler, in_exit):
    try:
        fn()                           # line 42
    except Exception as e:
        print(f"{fn.__name__:16} {type(e).__name__:10}", frames(e))
        if e.__context__:
            print(f"{'':16} context   ", frames(e.__context__))

# the traceback of a caught exception is kept on the object after the handler
kept = None
try:
    int("x")                           # line 51
except ValueError as e:
    kept = e
print("kept after handler:", frames(kept))

# exceptions raised at module level inside exec'd code with a virtual filename
src = "def f():\n    return g()\ndef g():\n    raise LookupError('exec')\nf()\n"
try:
    exec(compile(src, "<generated>", "exec"), {})
except LookupError as e:
    tb = e.__traceback__
    out = []
    while tb:
        out.append((tb.tb_frame.f_code.co_filename, tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print("exec frames:", out[1:])
