# description: frame objects reached from tracebacks expose f_code, f_lineno, f_locals, f_globals and f_back
# features: [tracebacks, sys]
# expect: output

def inner(a, b):
    local_value = a * b
    raise RuntimeError("inspect me")

def outer():
    marker = "outer-local"
    inner(3, 4)

try:
    outer()
except RuntimeError as e:
    tb = e.__traceback__
    names = []
    while tb.tb_next:
        tb = tb.tb_next
    frame = tb.tb_frame
    print("code name:", frame.f_code.co_name, "| line:", frame.f_lineno)
    print("locals:", sorted(frame.f_locals.items()))
    print("globals is module dict:", frame.f_globals is globals())
    back = frame.f_back
    print("f_back:", back.f_code.co_name, back.f_lineno, back.f_locals.get("marker"))
    print("f_back.f_back:", back.f_back.f_code.co_name)
    print("arg count:", frame.f_code.co_argcount, frame.f_code.co_varnames[:3])

# sys._getframe-free: the traceback frame for the module is the module frame
try:
    raise ValueError
except ValueError as e:
    f = e.__traceback__.tb_frame
    print("module frame:", f.f_code.co_name, f.f_back is None)
