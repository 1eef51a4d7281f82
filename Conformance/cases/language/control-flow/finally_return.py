# description: return in finally overrides the try's return value and swallows exceptions
# features: [exceptions, control-flow, functions]
# expect: output

def override():
    try:
        return "try"
    finally:
        return "finally"
print("override:", override())

def swallow():
    try:
        raise ValueError("gone")
    finally:
        return "swallowed"
print("swallow:", swallow())

def swallow_from_except():
    try:
        raise ValueError
    except ValueError:
        raise KeyError("also gone")
    finally:
        return "swallowed from except"
print(swallow_from_except())

# the try's return value is computed before finally runs
def evaluated_first():
    log = []
    def val():
        log.append("return expr")
        return log
    try:
        return val()
    finally:
        log.append("finally")
print("order:", evaluated_first())

# finally sees the variable but cannot change the already-evaluated return value
def rebinding():
    x = 1
    try:
        return x
    finally:
        x = 2
print("rebinding:", rebinding())

# mutating the returned object is visible though
def mutate():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print("mutate:", mutate())

# return in else is overridden by finally as well
def else_return():
    try:
        pass
    except Exception:
        return "except"
    else:
        return "else"
    finally:
        print("  finally runs after else-return computed")
print(else_return())

# nested finally: innermost override wins, then outer overrides that
def nested():
    try:
        try:
            return 1
        finally:
            return 2
    finally:
        return 3
print("nested:", nested())

# finally without return lets the exception propagate
def propagate():
    try:
        raise KeyError("k")
    finally:
        pass
try:
    propagate()
except KeyError as e:
    print("propagated:", repr(e))
