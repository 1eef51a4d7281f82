# description: builtin exception hierarchy: base classes, catch-by-base, BaseException vs Exception, aliases
# features: [builtins, exceptions]
# expect: output
import sys
pairs = [(ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError),
         (IndexError, LookupError), (FileNotFoundError, OSError), (UnicodeDecodeError, UnicodeError),
         (UnicodeError, ValueError), (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
         (ModuleNotFoundError, ImportError), (TimeoutError, OSError), (BrokenPipeError, ConnectionError),
         (KeyboardInterrupt, Exception), (SystemExit, Exception), (GeneratorExit, Exception),
         (StopAsyncIteration, Exception), (IndentationError, SyntaxError), (TabError, IndentationError),
         (UnboundLocalError, NameError), (BlockingIOError, OSError), (DeprecationWarning, Warning),
         (Warning, Exception), (BytesWarning, Warning), (EncodingWarning, Warning), (FloatingPointError, ArithmeticError)]
for sub, base in pairs:
    print(f"{sub.__name__} < {base.__name__}: {issubclass(sub, base)}")
print("aliases:", EnvironmentError is OSError, IOError is OSError)
print("BaseException direct subclasses:", sorted(c.__name__ for c in BaseException.__subclasses__() if c.__module__ == "builtins"))
print("ArithmeticError subclasses:", sorted(c.__name__ for c in ArithmeticError.__subclasses__()))
print("LookupError subclasses:", sorted(c.__name__ for c in LookupError.__subclasses__() if c.__module__ == "builtins"))
def catch(exc, handler):
    try:
        raise exc
    except handler as e:
        return type(e).__name__
    except BaseException as e:
        return "escaped: " + type(e).__name__
print("catch by base:", catch(KeyError("k"), LookupError), catch(ZeroDivisionError(), ArithmeticError))
print("Exception does not catch:", catch(KeyboardInterrupt(), Exception), catch(SystemExit(), Exception))
print("tuple of handlers:", catch(IndexError(), (KeyError, IndexError)))
print("raise class instantiates:", catch(ValueError, ValueError))
try:
    raise 5
except TypeError as e:
    print("raise non-exception ! TypeError:", e)
try:
    try:
        raise ValueError
    except "not a class":
        pass
except TypeError as e:
    print("bad except clause ! TypeError:", e)
