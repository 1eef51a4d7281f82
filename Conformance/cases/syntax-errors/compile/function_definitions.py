# description: compile() messages for invalid parameter lists and call argument orders
# features: [syntax, functions]
# min-version: 3.13
# expect: output

def check(src, mode="exec"):
    try:
        compile(src, "<s>", mode)
        print(f"{src!r}: compiled")
    except SyntaxError as e:
        print(f"{src!r}: {type(e).__name__}: {e.msg} | line {e.lineno} offset {e.offset}")

check("def f(a, a): pass")
check("def f(a, *, a): pass")
check("def f(a, **a): pass")
check("lambda a, a: 0")
check("def f(a=1, b): pass")
check("def f(*): pass")
check("def f(*, **k): pass")
check("def f(**k, a): pass")
check("def f(**k, *a): pass")
check("def f(*a, *b): pass")
check("def f(a, /, /): pass")
check("def f(/, a): pass")
check("def f(*a, /): pass")
check("def f(a=1, /, b): pass")
check("f(a=1, 2)")
check("f(**k, *a)")
check("f(**k, a)")
check("f(a=1, a=2)")
check("f(x for x in y, 1)")
check("f(1 for x in y)")
check("f(a, b for b in c)")
check("f(=1)")
check("f(a.b=1)")
check("f(True=1)")
check("def f(True): pass")
check("def f(a,, b): pass")
check("class C(x for x in y): pass")
