# description: TracebackException collapses repeated recursive frames, shows captured locals, notes and groups inside chains, and print_exception/format_tb/print_tb agree
# features: [traceback, tracebacks, exception-groups, recursion]
# min-version: 3.13
# expect: output

import io
import os
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def clean(text):
    return text.replace(HERE, "<dir>/")


def countdown(n):
    if n == 0:
        raise RecursionError("bottom reached")
    return countdown(n - 1)


try:
    countdown(8)
except RecursionError as e:
    print(clean("".join(traceback.format_exception(e))), end="")
    print("format_tb entries:", len(traceback.format_tb(e.__traceback__)))
    buf = io.StringIO()
    traceback.print_tb(e.__traceback__, limit=1, file=buf)
    print(clean(buf.getvalue()), end="")
print("----")


def compute(values, scale=3):
    total = sum(values)
    return total / (scale - 3)


try:
    compute([1, 2])
except ZeroDivisionError as e:
    # Skip the module frame: its locals include object addresses.
    te = traceback.TracebackException(type(e), e, e.__traceback__.tb_next, capture_locals=True)
    print(clean("".join(te.format())), end="")
print("----")

try:
    try:
        raise ExceptionGroup("batch failed", [ValueError("a"), TypeError("b")])
    except ExceptionGroup as eg:
        eg.add_note("while processing batch 7")
        raise RuntimeError("job aborted") from eg
except RuntimeError as e:
    buf = io.StringIO()
    traceback.print_exception(type(e), e, e.__traceback__, file=buf)
    print(clean(buf.getvalue()), end="")
print("----")
te = traceback.TracebackException.from_exception(ExceptionGroup("eg", [KeyError(1), ExceptionGroup("inner", [OSError("disk")])]))
print("".join(te.format_exception_only(show_group=True)), end="")
print("----")
nested = ValueError("leaf")
for depth in range(3):
    nested = ExceptionGroup(f"level{depth}", [nested])
print("".join(traceback.format_exception(nested, limit=0)), end="")
short = traceback.TracebackException.from_exception(nested, max_group_depth=1)
print("".join(short.format()), end="")
