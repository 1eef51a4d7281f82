# description: since 3.12 list/dict/set comprehensions are inlined and add no traceback frame (PEP 709)
# features: [tracebacks, comprehensions]
# min-version: 3.12
# expect: output

def frames(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out

def listcomp():
    return [1 // x for x in [1, 0]]        # line 15
def setcomp():
    return {1 // x for x in [1, 0]}        # line 17
def dictcomp():
    return {x: 1 // x for x in [1, 0]}     # line 19
def nested():
    return [[1 // y for y in [x]] for x in [1, 0]]   # line 21
for fn in (listcomp, setcomp, dictcomp, nested):
    try:
        fn()                               # line 24
    except ZeroDivisionError as e:
        print(fn.__name__, frames(e))
