# description: exceptions raised while handling another get __context__ set automatically, including through finally and nested handlers
# features: [exceptions]
# expect: output

def describe(e):
    parts = []
    while e is not None:
        parts.append(f"{type(e).__name__}({e})")
        e = e.__context__
    return " <- ".join(parts)

try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError as e:
    print("context chain:", describe(e))
    print("cause:", e.__cause__, "suppress:", e.__suppress_context__)

# three levels
try:
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            [][0]
    except IndexError:
        {}["k"]
except KeyError as e:
    print("three levels:", describe(e))

# raising in finally sets context to the in-flight exception
try:
    try:
        raise TypeError("in try")
    finally:
        raise RuntimeError("in finally")
except RuntimeError as e:
    print("finally:", describe(e))

# no context when raised outside any handler
try:
    raise OSError("alone")
except OSError as e:
    print("no context:", e.__context__)

# raising the same exception object again does not create a self-loop
err = ValueError("reused")
try:
    try:
        raise err
    except ValueError:
        raise err
except ValueError as e:
    print("no self context:", e.__context__ is None)

# context cycle is broken when re-raising an outer exception inside inner handling
try:
    try:
        raise KeyError("A")
    except KeyError as a:
        try:
            raise ValueError("B")
        except ValueError as b:
            raise a
except KeyError as e:
    print("cycle broken:", describe(e))

# context is set even if the handler catches and raises a brand-new exception type in a function
def helper():
    raise LookupError("from helper")
try:
    try:
        int("x")
    except ValueError:
        helper()
except LookupError as e:
    print("through call:", describe(e))

# exceptions handled completely leave no context on later ones
try:
    raise KeyError("handled")
except KeyError:
    pass
try:
    raise ValueError("later")
except ValueError as e:
    print("after handled block:", e.__context__)
