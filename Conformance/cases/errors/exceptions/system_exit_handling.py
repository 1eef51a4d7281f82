# description: sys.exit raises SystemExit with a code; it and KeyboardInterrupt bypass except Exception
# features: [exceptions, sys]
# expect: output
import sys

for arg in [(), (0,), (3,), ("message",), (None,)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(f"sys.exit{arg!r}: code={e.code!r} args={e.args!r}")

# except Exception does not catch SystemExit
try:
    try:
        sys.exit(5)
    except Exception:
        print("never")
except SystemExit as e:
    print("escaped except Exception:", e.code)

try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("never")
except KeyboardInterrupt as e:
    print("KeyboardInterrupt escaped except Exception:", repr(e))

# bare except catches everything
try:
    sys.exit(7)
except:
    print("bare except caught:", sys.exc_info()[0].__name__)

# finally runs during SystemExit unwinding
def work():
    try:
        sys.exit(2)
    finally:
        print("finally during exit")
try:
    work()
except SystemExit as e:
    print("code:", e.code)

# raising SystemExit directly
try:
    raise SystemExit("direct")
except SystemExit as e:
    print("direct:", e.code, str(e))

# GeneratorExit is also a BaseException
print("BaseException only:", [c.__name__ for c in (SystemExit, KeyboardInterrupt, GeneratorExit) if not issubclass(c, Exception)])
print("program continues after catching SystemExit")
sys.exit(0)
print("never printed")
