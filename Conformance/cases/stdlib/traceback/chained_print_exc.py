# description: print_exc into a StringIO renders __cause__ and __context__ chains with CPython's separator lines, and from None suppresses context
# features: [traceback, tracebacks, exceptions]
# min-version: 3.13
# expect: output

import io
import os
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep

def show():
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue().replace(HERE, "<dir>/"), end="")
    print("=" * 20)

def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError(f"bad config value {text!r}") from e

try:
    parse("x1")
except RuntimeError:
    show()

try:
    try:
        {}["missing"]
    except KeyError:
        None.attr
except AttributeError:
    show()

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("replaced") from None
except TypeError:
    show()

try:
    raise ValueError("explicit cause") from KeyError("original")
except ValueError:
    show()

try:
    try:
        raise OSError("inner")
    except OSError:
        raise ValueError("outer")
except ValueError:
    buf = io.StringIO()
    traceback.print_exc(file=buf, chain=False)
    print("chain=False:", buf.getvalue().replace(HERE, "<dir>/").splitlines()[-1], "| lines:", len(buf.getvalue().splitlines()))
