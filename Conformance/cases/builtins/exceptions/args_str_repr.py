# description: exception args, str() and repr() for zero/one/many args and special cases (KeyError, OSError, UnicodeError)
# features: [builtins, exceptions]
# expect: output
cases = [Exception(), Exception("msg"), Exception("a", 2), Exception(None), Exception(""), ValueError([1, 2]),
         KeyError("key"), KeyError(), KeyError(1, 2), IndexError("i"), StopIteration(5), StopIteration(),
         SystemExit(3), SystemExit(), OSError("plain"), OSError(2, "No such file"), OSError(2, "No such file", "f.txt"),
         OSError(13, "Denied", "a", None, "b"), FileNotFoundError(2, "missing", "x"), UnicodeError("u"),
         AttributeError("no attr"), NameError("n"), RuntimeError(RuntimeError("inner"))]
for e in cases:
    print(type(e).__name__, "| args:", e.args, "| str:", repr(str(e)), "| repr:", repr(e))
print("StopIteration.value:", StopIteration(5).value, StopIteration().value, StopIteration(1, 2).value)
print("SystemExit.code:", SystemExit(3).code, SystemExit().code, SystemExit("bye").code, SystemExit(1, 2).code)
o = OSError(2, "No such file", "f.txt")
print("OSError attrs:", o.errno, o.strerror, o.filename, o.filename2, type(o).__name__)
print("OSError maps errno:", type(OSError(17, "exists")).__name__, type(OSError(13, "x")).__name__, type(OSError(999, "x")).__name__)
e = Exception("x")
e.args = ("changed", 1)
print("args assignable:", str(e), e.args)
e.args = "ab"
print("args from str becomes tuple:", e.args)
class Custom(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code
c = Custom(7)
print("custom:", str(c), repr(c), c.code, c.args)
class NoSuperInit(Exception):
    def __init__(self, a, b):
        self.a = a
n = NoSuperInit(1, 2)
print("args set by __new__:", n.args, str(n))
print("with_traceback returns self:", e.with_traceback(None) is e)
