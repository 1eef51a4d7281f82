# description: TypeError messages for calling, subscripting, iterating, item assignment and len of unsuitable objects
# features: [exceptions, builtins]
# expect: output

def check(label, fn):
    try:
        fn()
        print(label, "-> no error")
    except TypeError as e:
        print(f"{label:28} -> TypeError: {e}")

check("5()", lambda: 5())
check("'str'()", lambda: "str"())
check("None()", lambda: None())
check("[]()", lambda: [](1))
check("5[0]", lambda: 5[0])
check("None[0]", lambda: None[0])
check("len[0] (builtin function)", lambda: len[0])
check("object()['k']", lambda: object()["k"])
check("for over int", lambda: [x for x in 5])
check("for over None", lambda: list(None))
check("iter(1.5)", lambda: iter(1.5))
check("unpack int", lambda: [*7])
check("next([])", lambda: next([]))
def assign_str():
    s = "abc"
    s[0] = "x"
check("str item assignment", assign_str)
def assign_tuple():
    t = (1,)
    t[0] = 2
check("tuple item assignment", assign_tuple)
def assign_int():
    n = 1
    n[0] = 2
check("int item assignment", assign_int)
def del_int():
    n = 1
    del n[0]
check("int item deletion", del_int)
check("len(5)", lambda: len(5))
check("len(iter([]))", lambda: len(iter([])))
check("len(generator)", lambda: len(x for x in []))
check("'x' in 5", lambda: "x" in 5)
check("1 in 'abc'", lambda: 1 in "abc")
check("dict key list", lambda: {[1]: 2})
check("set of dicts", lambda: {{}})
check("frozenset([[]])", lambda: frozenset([[]]))
check("list index str", lambda: [1, 2]["0"])
check("tuple index float", lambda: (1, 2)[1.0])
check("str index None", lambda: "ab"[None])
check("dict.fromkeys(1)", lambda: dict.fromkeys(1))
check("with 5", lambda: exec("with 5: pass"))
