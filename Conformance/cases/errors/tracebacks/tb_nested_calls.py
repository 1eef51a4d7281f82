# description: traceback objects list each frame from the handler's frame to the raise point with correct line numbers
# features: [tracebacks, exceptions]
# expect: output

def frames(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out

def level3(x):
    return 10 // x

def level2(x):
    y = x - 1
    return level3(y)

def level1(x):
    return level2(x) + 1

try:
    level1(1)
except ZeroDivisionError as e:
    print("frames:", frames(e))

# the traceback starts at the frame where the exception was caught
def catcher():
    try:
        level1(1)
    except ZeroDivisionError as e:
        return frames(e)
print("caught inside function:", catcher())

# multi-line expressions report the line of the failing operation
def multiline():
    values = [1,
              2,
              1 // 0,
              4]
    return values
try:
    multiline()
except ZeroDivisionError as e:
    print("multi-line:", frames(e))

# method and lambda frames
class Widget:
    def render(self):
        return self.helper()
    def helper(self):
        raise KeyError("x")
f = lambda: Widget().render()
try:
    f()
except KeyError as e:
    print("methods and lambda:", frames(e))

# tb_lasti exists and tb_frame.f_lineno at the raise point
try:
    level3(0)
except ZeroDivisionError as e:
    last = e.__traceback__
    while last.tb_next:
        last = last.tb_next
    print("last frame:", last.tb_frame.f_code.co_name, last.tb_lineno, isinstance(last.tb_lasti, int))
    print("filename is this file:", last.tb_frame.f_code.co_filename.endswith("tb_nested_calls.py"))
