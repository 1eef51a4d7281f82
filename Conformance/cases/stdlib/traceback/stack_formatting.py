# description: StackSummary.from_list/format, format_list, print_stack/format_stack and print_exception(limit=...) produce CPython's frame layout
# features: [traceback, tracebacks]
# min-version: 3.13
# expect: output

import io
import os
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep

summary = traceback.StackSummary.from_list([("app.py", 10, "main", "run()"), ("lib.py", 3, "run", "")])
print("".join(summary.format()), end="")
print("format_list:", traceback.format_list([("x.py", 1, "<module>", "pass")]))
fs = traceback.FrameSummary("f.py", 7, "fn", line="  value = 1  ")
print("FrameSummary:", fs.filename, fs.lineno, fs.name, repr(fs.line), repr(fs))

def a():
    return b()
def b():
    buf = io.StringIO()
    traceback.print_stack(limit=2, file=buf)
    return buf.getvalue().replace(HERE, "<dir>/")
print(a(), end="")
def deep(n):
    if n == 0:
        raise ValueError("bottom")
    deep(n - 1)
try:
    deep(3)
except ValueError as e:
    buf = io.StringIO()
    traceback.print_exception(e, limit=2, file=buf)
    print(buf.getvalue().replace(HERE, "<dir>/"), end="")
    print("limit=-1 last frame:", traceback.extract_tb(e.__traceback__, limit=-1)[0].name)
print("format_stack is list of str:", all(isinstance(s, str) for s in traceback.format_stack()))
