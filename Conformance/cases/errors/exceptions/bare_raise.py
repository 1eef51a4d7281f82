# description: bare raise re-raises the exception being handled, even after nested handling; errors without one
# features: [exceptions]
# expect: output

def reraise():
    try:
        raise ValueError("original")
    except ValueError:
        raise
try:
    reraise()
except ValueError as e:
    print("re-raised:", e)

# after a nested handler finishes, the outer exception is current again
def nested():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        raise
try:
    nested()
except KeyError as e:
    print("outer restored:", e)

# raise with no active exception
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)

# bare raise in a function called from a handler re-raises the caller's exception
def helper():
    raise
try:
    try:
        raise LookupError("from caller")
    except LookupError:
        helper()
except LookupError as e:
    print("helper re-raised:", e)

# bare raise in finally without an active exception
def fin():
    try:
        pass
    finally:
        raise
try:
    fin()
except RuntimeError as e:
    print("finally RuntimeError:", e)

# raise e vs raise: both re-raise the same object
try:
    try:
        raise ValueError("same")
    except ValueError as err:
        saved = err
        raise err
except ValueError as e:
    print("same object:", e is saved)

# bare raise inside a generator handler
def gen():
    try:
        yield 1
    except KeyError:
        raise
g = gen()
next(g)
try:
    g.throw(KeyError("thrown in"))
except KeyError as e:
    print("generator re-raise:", e)

# after the handler ends, there is no exception to re-raise
try:
    raise ValueError
except ValueError:
    pass
try:
    raise
except RuntimeError as e:
    print("after handler:", e)
