# description: exceptions raised in else or finally are not caught by the same try's handlers
# features: [exceptions, control-flow]
# expect: output

def else_raises():
    log = []
    try:
        try:
            log.append("try")
        except ValueError:
            log.append("handler (must not run)")
        else:
            log.append("else")
            raise ValueError("from else")
        finally:
            log.append("finally")
    except ValueError as e:
        log.append(f"outer caught: {e}")
    return log
print(else_raises())

def finally_replaces():
    try:
        try:
            raise KeyError("original")
        finally:
            raise ValueError("from finally")
    except Exception as e:
        return type(e).__name__, str(e), type(e.__context__).__name__
print(finally_replaces())

def handler_raises_other():
    log = []
    try:
        try:
            raise ValueError("v")
        except ValueError:
            log.append("first handler")
            raise TypeError("t")
        except TypeError:
            log.append("sibling handler (must not run)")
    except TypeError as e:
        log.append(f"outer: {e}")
    return log
print(handler_raises_other())

# else runs only when no exception, and before finally
def order(flag):
    log = []
    try:
        if flag:
            raise RuntimeError
    except RuntimeError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(order(False), order(True))

# return in try skips else
def ret_skips_else():
    log = []
    def inner():
        try:
            return "r"
        except Exception:
            pass
        else:
            log.append("else")
        finally:
            log.append("finally")
    return inner(), log
print(ret_skips_else())
