# description: exceptions raised in finally or __exit__ replace the in-flight exception, which becomes their __context__
# features: [exceptions, control-flow, context-managers]
# expect: output

def replaced():
    try:
        raise KeyError("original")
    finally:
        raise ValueError("replacement")
try:
    replaced()
except ValueError as e:
    print("replaced:", e, "| context:", repr(e.__context__))
except KeyError:
    print("never: original escaped")

# replacement from a function called in finally
def cleanup():
    raise OSError("cleanup failed")
def with_cleanup():
    try:
        raise RuntimeError("work failed")
    finally:
        cleanup()
try:
    with_cleanup()
except OSError as e:
    print("cleanup:", e, "| context:", repr(e.__context__))

# an exception caught and handled inside finally does not disturb the original
def handled_inside():
    try:
        raise KeyError("keeps going")
    finally:
        try:
            raise ValueError("internal")
        except ValueError:
            pass
try:
    handled_inside()
except KeyError as e:
    print("original survives:", e)

# nested finally blocks: the last raised wins, contexts chain
def nested():
    try:
        try:
            raise TypeError("1")
        finally:
            raise ValueError("2")
    finally:
        raise IndexError("3")
try:
    nested()
except IndexError as e:
    chain = []
    while e:
        chain.append(f"{type(e).__name__}({e})")
        e = e.__context__
    print("nested chain:", " <- ".join(chain))

# __exit__ raising replaces the body's exception
class Failing:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        raise RuntimeError(f"exit saw {et.__name__}")
try:
    with Failing():
        raise ZeroDivisionError("body")
except RuntimeError as e:
    print("exit replaced:", e, "| context:", repr(e.__context__))

# return in finally cancels the exception entirely (checked elsewhere), break in finally too
def loop():
    for _ in range(1):
        try:
            raise ValueError("cancelled by break")
        finally:
            break
    return "loop finished"
print(loop())

# the exception in except replaces and chains
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("b")
    finally:
        print("finally sees the replacement in flight")
except ValueError as e:
    print("handler replacement:", e, repr(e.__context__))
