# description: try/except/else/finally run in the documented order for each path
# features: [exceptions, control-flow]
# expect: output

def run(raise_in_body, log):
    try:
        log.append("try")
        if raise_in_body:
            raise raise_in_body("x")
        log.append("try-end")
    except ValueError:
        log.append("except ValueError")
    except (TypeError, KeyError) as e:
        log.append(f"except {type(e).__name__}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log

print(run(None, []))
print(run(ValueError, []))
print(run(KeyError, []))
try:
    run(IndexError, log := [])
except IndexError:
    print(log, "propagated")

# first matching handler wins, order matters; subclass caught by base handler
def which(exc):
    try:
        raise exc
    except LookupError:
        return "LookupError"
    except KeyError:
        return "KeyError (never)"
    except Exception:
        return "Exception"
print(which(KeyError()), which(IndexError()), which(ZeroDivisionError()))

# the 'as' name is deleted after the handler
e = "before"
try:
    raise ValueError
except ValueError as e:
    pass
try:
    e
except NameError as err:
    print("as-name unbound:", err)

# handler tuple built from a variable; handler expression evaluated lazily
handlers = (ZeroDivisionError, OverflowError)
evaluated = []
def h(name, cls):
    evaluated.append(name)
    return cls
try:
    1 / 0
except h("first", KeyError):
    pass
except h("second", handlers):
    print("caught via tuple variable; evaluated:", evaluated)
except h("third", Exception):
    pass

# exception raised in except is chained; finally still runs
log = []
try:
    try:
        raise ValueError("a")
    except ValueError:
        log.append("handler")
        raise TypeError("b")
    finally:
        log.append("finally")
except TypeError as t:
    print(log, type(t.__context__).__name__, t.__context__)
