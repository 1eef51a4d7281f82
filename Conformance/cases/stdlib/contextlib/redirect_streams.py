# description: redirect_stdout/redirect_stderr send print output to a StringIO and restore the original stream afterwards, even nested
# features: [contextlib, io]
# expect: output

import sys, io
from contextlib import redirect_stdout, redirect_stderr

buf = io.StringIO()
with redirect_stdout(buf) as target:
    print("captured line")
    print("second", end="!")
print("same object:", target is buf)
print("captured:", repr(buf.getvalue()))
err = io.StringIO()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print("stderr captured:", repr(err.getvalue()))
outer, inner = io.StringIO(), io.StringIO()
with redirect_stdout(outer):
    print("o1")
    with redirect_stdout(inner):
        print("i1")
    print("o2")
print("nested:", repr(outer.getvalue()), repr(inner.getvalue()))
print("restored:", sys.stdout is sys.__stdout__)
cm = redirect_stdout(io.StringIO())
with cm:
    with cm:
        print("reentrant")
print("reentrant restored:", sys.stdout is sys.__stdout__)
try:
    with redirect_stdout(io.StringIO()):
        raise ValueError("inside")
except ValueError:
    print("restored after error:", sys.stdout is sys.__stdout__)
