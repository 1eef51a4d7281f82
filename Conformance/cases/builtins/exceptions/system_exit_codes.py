# description: SystemExit raised by sys.exit carries its code; catching it prevents exit; sys.exit(0) ends cleanly
# features: [builtins, exceptions, sys]
# expect: output
import sys
for arg in [(), (0,), (3,), ("message",), (None,)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print("sys.exit%r -> code %r, args %r" % (arg, e.code, e.args))
try:
    raise SystemExit(5)
except BaseException as e:
    print("caught via BaseException:", type(e).__name__, e.code)
try:
    exit_called = False
    try:
        sys.exit(2)
    finally:
        exit_called = True
except SystemExit:
    print("finally ran during SystemExit:", exit_called)
print("about to exit with 0")
sys.exit(0)
print("never printed")
