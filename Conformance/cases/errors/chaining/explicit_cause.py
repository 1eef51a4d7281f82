# description: raise ... from sets __cause__ and __suppress_context__; from None hides context; invalid causes
# features: [exceptions]
# expect: output

try:
    try:
        raise KeyError("low level")
    except KeyError as low:
        raise ValueError("high level") from low
except ValueError as e:
    print("cause:", repr(e.__cause__), "| context:", repr(e.__context__), "| suppress:", e.__suppress_context__)

# from None
try:
    try:
        raise KeyError("hidden")
    except KeyError:
        raise ValueError("clean") from None
except ValueError as e:
    print("from None -> cause:", e.__cause__, "| context kept:", repr(e.__context__), "| suppress:", e.__suppress_context__)

# explicit cause outside a handler: context stays None
try:
    raise RuntimeError("outer") from OSError("unrelated")
except RuntimeError as e:
    print("cause outside handler:", repr(e.__cause__), "| context:", e.__context__)

# cause given as a class is instantiated
try:
    raise RuntimeError("x") from KeyError
except RuntimeError as e:
    print("class cause:", type(e.__cause__).__name__, e.__cause__.args)

# invalid cause
try:
    raise RuntimeError("x") from 42
except TypeError as e:
    print("TypeError:", e)

# attributes are writable
e = ValueError("manual")
e.__cause__ = KeyError("set by hand")
print("manual cause:", repr(e.__cause__), "suppress set too:", e.__suppress_context__)
e.__suppress_context__ = False
print("suppress reset:", e.__suppress_context__)
try:
    e.__cause__ = "not an exception"
except TypeError as err:
    print("TypeError:", err)
try:
    e.__context__ = 5
except TypeError as err:
    print("TypeError:", err)

# from with the currently handled exception chains both
try:
    try:
        raise KeyError("k")
    except KeyError as k:
        raise ValueError("v") from k
except ValueError as v:
    print("same object as cause and context:", v.__cause__ is v.__context__)

# chained cause survives re-raise
def reraise():
    try:
        raise ValueError("v") from KeyError("k")
    except ValueError:
        raise
try:
    reraise()
except ValueError as e:
    print("after bare re-raise:", repr(e.__cause__))
