# description: format_exception and format_exception_only render messages, notes, qualified names, SyntaxError details and empty messages like CPython 3.13
# features: [traceback, exceptions]
# min-version: 3.13
# expect: output

import traceback

def only(exc):
    print(repr("".join(traceback.format_exception_only(exc))))

only(ValueError("plain message"))
only(ValueError())
only(KeyError("k"))
only(Exception("multi\nline"))
only(Exception("a", 2))
e = RuntimeError("with notes")
e.add_note("first note")
e.add_note("second\nnote")
only(e)
class Custom(Exception):
    pass
only(Custom("custom"))
import json
only(json.JSONDecodeError("Expecting value", "x", 0))
try:
    compile("a = (1,\n  2 +)", "<snippet>", "exec")
except SyntaxError as se:
    print("".join(traceback.format_exception_only(se)), end="")
try:
    compile("x = 1 +* 2", "<other>", "exec")
except SyntaxError as se:
    only(se)
try:
    compile("if True:\nprint(1)", "<indent>", "exec")
except IndentationError as ie:
    only(ie)
class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("boom")
only(BadStr())
print("format_exception no traceback:", traceback.format_exception(ValueError("v")))
print("format_exception_only type arg:", traceback.format_exception_only(TypeError, TypeError("t")))
print("StopIteration:", traceback.format_exception_only(StopIteration()))
