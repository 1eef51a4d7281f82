# description: how except clauses match: tuples (nested ones are rejected), subclasses, evaluation of the clause expression and re-raising unmatched
# features: [exceptions]
# expect: output

def which(exc, clause):
    try:
        raise exc
    except clause as e:
        return f"matched {type(e).__name__}"
    except BaseException as e:
        return f"fell through with {type(e).__name__}"

print(which(KeyError("k"), LookupError))
print(which(KeyError("k"), (ValueError, KeyError)))
try:
    which(KeyError("k"), (ValueError, (TypeError, KeyError)))
except TypeError as e:
    print("nested tuple in except clause: TypeError:", e)
print(which(KeyError("k"), ()))
print(which(FileNotFoundError(), OSError))
print(which(ZeroDivisionError(), ArithmeticError))
print(which(UnicodeDecodeError("utf-8", b"", 0, 1, "x"), ValueError))
print(which(RecursionError(), RuntimeError))
print(which(NotImplementedError(), RuntimeError))
print(which(ModuleNotFoundError(), ImportError))
print(which(IndentationError(), SyntaxError))
print(which(BrokenPipeError(), ConnectionError))
print(which(TimeoutError(), OSError))
print(which(StopAsyncIteration(), StopIteration))
print(which(KeyboardInterrupt(), Exception))

# the clause expression is evaluated only when reached
log = []
def clause(name, cls):
    log.append(name)
    return cls
try:
    raise TypeError
except clause("first", ValueError):
    pass
except clause("second", TypeError):
    pass
except clause("third", Exception):
    pass
print("evaluated clauses:", log)

# an error while evaluating a clause replaces the exception
try:
    try:
        raise ValueError("original")
    except undefined_clause_name:
        pass
except NameError as e:
    print("clause evaluation error:", e, "| context:", repr(e.__context__))

# unmatched exceptions propagate unchanged (same object)
original = KeyError("same")
try:
    try:
        raise original
    except ValueError:
        pass
except KeyError as e:
    print("propagated same object:", e is original)

# OSError aliases
print("aliases:", IOError is OSError, EnvironmentError is OSError)
