# description: the exception type raised by many builtin operations (without messages) is the documented one
# features: [builtins, exceptions]
# expect: output
import sys
ops = {
    "int('x')": lambda: int("x"), "[][0]": lambda: [][0], "{}['k']": lambda: {}["k"], "1/0": lambda: 1 / 0,
    "None.x": lambda: None.x, "len(5)": lambda: len(5), "iter(5)": lambda: iter(5), "next(iter([]))": lambda: next(iter([])),
    "'a'+1": lambda: "a" + 1, "[].pop()": lambda: [].pop(), "set().pop()": lambda: set().pop(), "().index(1)": lambda: ().index(1),
    "chr(-1)": lambda: chr(-1), "int(float('inf'))": lambda: int(float("inf")), "2.0**5000": lambda: 2.0 ** 5000,
    "'é'.encode('ascii')": lambda: "\u00e9".encode("ascii"), "b'\\xff'.decode()": lambda: b"\xff".decode(),
    "hash([])": lambda: hash([]), "undefined name": lambda: eval("undefined_xyz"), "import missing": lambda: __import__("missing_mod_xyz"),
    "range(0,1,0)": lambda: range(0, 1, 0), "sys.exit(1)": lambda: sys.exit(1), "raise NotImplementedError": lambda: (_ for _ in ()).throw(NotImplementedError),
    "assert False": lambda: exec("assert False"), "compile('(')": lambda: compile("(", "<s>", "eval"),
    "memoryview(b'').cast('Z')": lambda: memoryview(b"").cast("Z"), "divmod(1, 0.0)": lambda: divmod(1, 0.0),
    "'abc'.index('z')": lambda: "abc".index("z"), "int.from_bytes(1,'big')": lambda: int.from_bytes(1, "big"),
    "bytes([300])": lambda: bytes([300]), "[1,2].sort(key=1)": lambda: [1, 2].sort(key=1), "object().__setattr__": lambda: setattr(object(), "a", 1),
    "frozenset().add": lambda: frozenset().add(1), "str.join non-str": lambda: "".join([1]), "list(None)": lambda: list(None),
    "dict([1])": lambda: dict([1]), "pow(0, -1)": lambda: pow(0, -1), "recursion": lambda: (lambda f: f(f))(lambda f: f(f)),
}
for label, op in ops.items():
    try:
        op()
        print(f"{label:30} no error")
    except BaseException as e:
        chain = [c.__name__ for c in type(e).__mro__ if c not in (object, BaseException)]
        print(f"{label:30} {' < '.join(chain)}")
