# description: exception __context__ (implicit), __cause__ (from), __suppress_context__ (from None) and traceback attrs
# features: [builtins, exceptions]
# expect: output
def implicit():
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("during handling")
try:
    implicit()
except ValueError as e:
    print("implicit:", repr(e.__context__), e.__cause__, e.__suppress_context__)
def explicit():
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise RuntimeError("wrapped") from z
try:
    explicit()
except RuntimeError as e:
    print("explicit:", type(e.__cause__).__name__, type(e.__context__).__name__, e.__suppress_context__)
def suppressed():
    try:
        int("x")
    except ValueError:
        raise TypeError("clean") from None
try:
    suppressed()
except TypeError as e:
    print("from None:", e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    raise KeyError("k") from ValueError("v")
except KeyError as e:
    print("from outside handler:", repr(e.__cause__), e.__context__)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("bad cause ! TypeError:", e)
try:
    raise ValueError("cls cause") from IndexError
except ValueError as e:
    print("cause class instantiated:", repr(e.__cause__))
e = ValueError("manual")
e.__cause__ = KeyError("c")
print("setting __cause__ sets suppress:", e.__suppress_context__)
try:
    e.__cause__ = "str"
except TypeError as err:
    print("assign bad __cause__ ! TypeError:", err)
def depth_of_tb():
    try:
        def a():
            b()
        def b():
            raise LookupError("deep")
        a()
    except LookupError as err:
        tb = err.__traceback__
        names = []
        while tb is not None:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        return names
print("traceback frames:", depth_of_tb())
try:
    try:
        raise OSError("first")
    finally:
        print("finally runs before propagation")
except OSError as err:
    print("caught:", err, "| no context:", err.__context__)
def reraise():
    try:
        raise ValueError("orig")
    except ValueError:
        raise
try:
    reraise()
except ValueError as err:
    print("bare raise keeps object:", err, err.__context__)
