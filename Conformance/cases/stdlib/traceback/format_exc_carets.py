# description: traceback.format_exc text for nested calls matches CPython 3.13 exactly, including ~~^~~ caret lines under sub-expressions
# features: [traceback, tracebacks]
# min-version: 3.13
# expect: output

import os
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep

def clean(text):
    return text.replace(HERE, "<dir>/")

def divide(a, b):
    return a / b

def lookup(d, key):
    return d["outer"][key]

def attr(obj):
    return obj.missing.value

def middle(x):
    result = divide(x, 0) + 1
    return result

def top():
    return middle(10)

for fn in (top, lambda: lookup({"outer": {}}, "k"), lambda: attr(object()), lambda: [1, 2][5]):
    try:
        fn()
    except Exception:
        print(clean(traceback.format_exc()), end="")
    print("----")

def whole_line_call():
    raise ValueError("no carets when the call is the whole line")

try:
    whole_line_call()
except ValueError:
    print(clean(traceback.format_exc()), end="")
print("----")
try:
    x = {"a": [1, 2, 3]}
    value = x["a"][1] + x["b"][0]
except KeyError:
    print(clean(traceback.format_exc()), end="")
print("----")
print("outside handler:", repr(traceback.format_exc()))
