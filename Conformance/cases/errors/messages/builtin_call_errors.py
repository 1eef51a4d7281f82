# description: TypeError messages for wrong arguments to builtin functions and types
# features: [exceptions, builtins]
# expect: output

def call(label, fn):
    try:
        fn()
        print(label, "no error")
    except TypeError as e:
        print(f"{label}: TypeError: {e}")

call("len()", lambda: len())
call("len(1, 2)", lambda: len([], []))
call("len(5)", lambda: len(5))
call("abs('x')", lambda: abs("x"))
call("isinstance(1, 2)", lambda: isinstance(1, 2))
call("int([])", lambda: int([]))
call("float(None)", lambda: float(None))
call("sum strings", lambda: sum(["a", "b"], ""))
call("sorted key kw", lambda: sorted([1], lambda x: x))
call("list(1, 2)", lambda: list(1, 2))
call("dict(1)", lambda: dict(1))
call("range(1.5)", lambda: range(1.5))
call("'x'.join([1])", lambda: "x".join([1]))
call("'abc'.split(1)", lambda: "abc".split(1))
call("[].append()", lambda: [].append())
call("[].append(1, 2)", lambda: [].append(1, 2))
call("{}.get()", lambda: {}.get())
call("ord('ab')", lambda: ord("ab"))
call("chr('a')", lambda: chr("a"))
call("max()", lambda: max())
call("min(1)", lambda: min(1))
call("getattr(1)", lambda: getattr(1))
call("iter(1, 2, 3)", lambda: iter(1, 2, 3))
call("str(b'', 1)", lambda: str(b"", 1))
call("object(1)", lambda: object(1))
call("print(sep=1)", lambda: print("a", sep=1))
call("hash([])", lambda: hash([]))
