# description: exception args, str and repr for zero, one and many arguments, custom __init__/__str__ and subclass attributes
# features: [exceptions, classes]
# expect: output

for exc in [Exception(), Exception("one"), Exception("a", 2), Exception(None), ValueError(""), KeyError("k"),
            OSError(2, "No such file"), StopIteration(5), SystemExit(3), UnicodeError("u")]:
    print(f"{type(exc).__name__:14} args={exc.args!r:24} str={str(exc)!r:22} repr={exc!r}")

class AppError(Exception):
    def __init__(self, code, detail):
        super().__init__(f"code {code}")
        self.code = code
        self.detail = detail
e = AppError(404, "not found")
print("custom:", e.args, str(e), repr(e), e.code, e.detail)

class NoSuper(Exception):
    def __init__(self, value):
        self.value = value
ns = NoSuper(7)
print("no super init keeps args from the constructor call:", ns.args, str(ns))

class Pretty(Exception):
    def __str__(self):
        return f"pretty<{', '.join(map(str, self.args))}>"
print("custom __str__:", str(Pretty(1, 2)), repr(Pretty(1, 2)))

# args can be reassigned; it becomes a tuple
e = ValueError("x")
e.args = ["list", "becomes", "tuple"]
print("args reassigned:", e.args, str(e))

# keyword arguments are rejected by builtin exceptions
try:
    ValueError(message="nope")
except TypeError as err:
    print("TypeError:", err)

# exceptions are ordinary objects: attributes, equality by identity
e1, e2 = ValueError("same"), ValueError("same")
print("equality:", e1 == e2, e1 == e1)
e1.extra = "attached"
print("extra attribute:", e1.extra)

# StopIteration.value, SystemExit.code, OSError fields
print("StopIteration value:", StopIteration().value, StopIteration(1, 2).value)
print("SystemExit code:", SystemExit().code, SystemExit("msg").code, SystemExit(1, 2).code)
oe = OSError(13, "Permission denied", "file.txt")
print("OSError fields:", oe.errno, oe.strerror, oe.filename, str(oe))
print("OSError subclass mapping:", type(OSError(2, "x")).__name__, type(OSError(17, "x")).__name__)

# BaseException vs Exception
print("hierarchy:", issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException),
      issubclass(GeneratorExit, Exception), issubclass(StopIteration, Exception))
