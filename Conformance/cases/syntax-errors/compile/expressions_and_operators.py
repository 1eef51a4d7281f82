# description: compile() messages for invalid expressions: stars, keywords, walrus and comparisons
# features: [syntax, operators]
# min-version: 3.13
# expect: output

def check(src, mode="exec"):
    try:
        compile(src, "<s>", mode)
        print(f"{src!r}: compiled")
    except SyntaxError as e:
        print(f"{src!r}: {type(e).__name__}: {e.msg} | line {e.lineno} offset {e.offset}")

check("*a")
check("x = *a")
check("print(*)")
check("a = (*b)")
check("[*a for a in b]")
check("{**a for a in b}")
check("x := 1")
check("(a.b := 1)")
check("(a[0] := 1)")
check("((a, b) := (1, 2))")
check("[i := 0 for i in x]")
check("[x for x in (y := [1])]")
check("def f(): x = yield = 1")
check("lambda x=: 0")
check("not")
check("a not b")
check("a is not not b")
check("1 if 2")
check("x = (1, 2,, 3)")
check("x = {1, 2,}")
check("x = {,}")
check("a[]")
check("a[1:2:3:4]")
check("a.1")
check("a..b")
check("...")
check("await x")
check("async = 1")
check("match = 1")
check("case = 1")
check("_ = 1")
check("type = 1")
