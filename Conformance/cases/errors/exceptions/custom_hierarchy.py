# description: user-defined exception hierarchies: catching by base class, multiple inheritance and BaseException subclasses
# features: [exceptions, classes, inheritance]
# expect: output

class AppError(Exception):
    pass
class DatabaseError(AppError):
    pass
class ConnectionLost(DatabaseError, ConnectionError):
    pass
class Fatal(BaseException):
    pass

def raise_it(exc):
    try:
        raise exc
    except ConnectionError as e:
        return f"ConnectionError handler got {type(e).__name__}"
    except DatabaseError as e:
        return f"DatabaseError handler got {type(e).__name__}"
    except AppError as e:
        return f"AppError handler got {type(e).__name__}"
    except Exception as e:
        return f"Exception handler got {type(e).__name__}"

for exc in [ConnectionLost("x"), DatabaseError(), AppError(), ValueError(), BrokenPipeError()]:
    print(raise_it(exc))

print("mro:", [c.__name__ for c in ConnectionLost.__mro__])

# BaseException subclasses are not caught by except Exception
try:
    try:
        raise Fatal("stop")
    except Exception:
        print("never")
except BaseException as e:
    print("caught only as BaseException:", type(e).__name__, e)

# catching a tuple containing classes from different branches
try:
    raise ConnectionLost()
except (KeyError, OSError) as e:
    print("tuple caught via OSError branch:", isinstance(e, OSError))

# except clause with a non-exception class raises TypeError at match time
try:
    try:
        raise ValueError
    except int:
        pass
except TypeError as e:
    print("TypeError:", e)

# raising non-exceptions
for bad in (5, "text", object, int):
    try:
        raise bad
    except TypeError as e:
        print("TypeError:", e)

# raising a class instantiates it with no arguments
try:
    raise AppError
except AppError as e:
    print("class raised -> instance:", type(e).__name__, e.args)

# an exception class whose __init__ requires arguments
class NeedsArg(Exception):
    def __init__(self, value):
        super().__init__(value)
try:
    raise NeedsArg
except TypeError as e:
    print("TypeError:", e)

# exception instances carry state and are catchable after modification
try:
    err = AppError("base")
    err.code = 7
    raise err
except AppError as e:
    print("state:", e.code, e)
