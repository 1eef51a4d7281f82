# description: compile() messages for invalid assignment, augmented assignment and deletion targets
# features: [syntax, assignment]
# expect: output

def check(src, mode="exec"):
    try:
        compile(src, "<s>", mode)
        print(f"{src!r}: compiled")
    except SyntaxError as e:
        print(f"{src!r}: {type(e).__name__}: {e.msg} | line {e.lineno} offset {e.offset}")

check("f() = 1")
check("1 = x")
check("\"s\" = x")
check("a + b = c")
check("a < b = c")
check("None = 1")
check("x if y else z = 1")
check("(a, f()) = 1, 2")
check("[a, 1] = 1, 2")
check("a.b() += 1")
check("(a, b) += 1")
check("[a] += 1")
check("f() += 1")
check("del f()")
check("del 1")
check("del (a, 1)")
check("del a + b")
check("for f() in x: pass")
check("with a as 1: pass")
check("lambda: 1 = 2")
check("a, *b, *c = d")
check("x = yield = 1")
check("[x for x in y] = 1")
check("True += 1")
check("x.None = 1")
