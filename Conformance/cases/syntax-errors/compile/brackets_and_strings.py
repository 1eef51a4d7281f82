# description: compile() messages and positions for unbalanced brackets and unterminated strings
# features: [syntax, str]
# expect: output

def check(src, mode="exec"):
    try:
        compile(src, "<s>", mode)
        print(f"{src!r}: compiled")
    except SyntaxError as e:
        print(f"{src!r}: {type(e).__name__}: {e.msg} | line {e.lineno} offset {e.offset}")

check("(1, 2")
check("x = [1, 2,\n")
check("f(a, b))")
check("]")
check("{1: 2)")
check("(1, 2]")
check("s = \"abc")
check("s = 'abc")
check("s = \"\"\"abc\nmore")
check("b = b'abc")
check("x = (\n1 +\n2")
check("print(\"a\" \"b\"")
check("{[(])}")
