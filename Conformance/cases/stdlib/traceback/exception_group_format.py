# description: ExceptionGroup tracebacks render the nested box layout ( | , +-+---- ) exactly like CPython 3.13
# features: [traceback, exception-groups]
# min-version: 3.13
# expect: output

import os
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep

def fail(kind, msg):
    raise kind(msg)

def collect():
    errors = []
    for kind, msg in [(ValueError, "bad value"), (TypeError, "bad type")]:
        try:
            fail(kind, msg)
        except Exception as e:
            errors.append(e)
    inner = ExceptionGroup("inner", [KeyError("k")])
    raise ExceptionGroup("several problems", errors + [inner])

try:
    collect()
except ExceptionGroup as eg:
    text = "".join(traceback.format_exception(eg))
    print(text.replace(HERE, "<dir>/"), end="")
print("----")
eg = ExceptionGroup("many", [ValueError(i) for i in range(20)])
text = "".join(traceback.format_exception(eg, limit=0))
print(text)
