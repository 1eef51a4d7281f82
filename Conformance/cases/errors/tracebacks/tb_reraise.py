# description: re-raising with bare raise keeps the original traceback; raise e and new exceptions add frames
# features: [tracebacks, exceptions]
# expect: output

def frames(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out

def fail():
    raise ValueError("deep")            # line 14

def bare():
    try:
        fail()                          # line 18
    except ValueError:
        raise                           # line 20

def named():
    try:
        fail()                          # line 24
    except ValueError as e:
        raise e                         # line 26

def wrapped():
    try:
        fail()                          # line 30
    except ValueError as e:
        raise RuntimeError("wrapped") from e   # line 32

for fn in (bare, named, wrapped):
    try:
        fn()                            # line 36
    except Exception as e:
        print(f"{fn.__name__:8}", frames(e))
        if e.__cause__:
            print("   cause:", frames(e.__cause__))

# re-raising the same exception object at a later point appends frames
saved = None
def store():
    global saved
    try:
        fail()                          # line 47
    except ValueError as e:
        saved = e
store()
def raise_saved():
    raise saved                         # line 52
try:
    raise_saved()                       # line 54
except ValueError as e:
    print("saved re-raised:", frames(e))

# with_traceback(None) resets
try:
    raise saved.with_traceback(None)    # line 60
except ValueError as e:
    print("reset:", frames(e))
