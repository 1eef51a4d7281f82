# description: extract_tb/extract_stack/walk_tb/TracebackException expose frame names, line numbers and source lines; limit trims frames
# features: [traceback, tracebacks]
# min-version: 3.11
# expect: output

import os
import sys
import traceback

def level3():
    raise LookupError("deep")

def level2():
    level3()

def level1():
    level2()

try:
    level1()
except LookupError as exc:
    tb = exc.__traceback__
    frames = traceback.extract_tb(tb)
    for fs in frames:
        print(f"{os.path.basename(fs.filename)}:{fs.lineno} in {fs.name}: {fs.line}")
    print("len:", len(frames), "type:", type(frames).__name__, type(frames[0]).__name__)
    print("limit=2:", [f.name for f in traceback.extract_tb(tb, limit=2)])
    print("limit=-2:", [f.name for f in traceback.extract_tb(tb, limit=-2)])
    print("walk_tb:", [(f.f_code.co_name, lineno) for f, lineno in traceback.walk_tb(tb)])
    te = traceback.TracebackException.from_exception(exc)
    print("TracebackException:", str(te), [f.name for f in te.stack])
    print("format_exception_only:", list(te.format_exception_only()))
    print("tuple unpack:", tuple(frames[-1])[1:])
    print("frame eq tuple:", frames[-1] == (frames[-1].filename, frames[-1].lineno, frames[-1].name, frames[-1].line))

def where():
    return traceback.extract_stack()
stack = where()
print("extract_stack last two:", [(f.name, f.lineno) for f in stack[-2:]])
print("exc_info outside handler:", sys.exc_info())
try:
    exec("def g():\n    raise ValueError('in exec')\ng()")
except ValueError as exc:
    fr = traceback.extract_tb(exc.__traceback__)
    print("exec frames:", [(f.filename, f.name, f.lineno, f.line) for f in fr[1:]])
