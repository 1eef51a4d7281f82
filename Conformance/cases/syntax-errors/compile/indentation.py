# description: compile() messages and positions for indentation errors including IndentationError and TabError
# features: [syntax]
# expect: output

def check(src, mode="exec"):
    try:
        compile(src, "<s>", mode)
        print(f"{src!r}: compiled")
    except SyntaxError as e:
        print(f"{src!r}: {type(e).__name__}: {e.msg} | line {e.lineno} offset {e.offset}")

check("if True:\npass")
check("for x in y:\nx")
check("while 1:\n")
check("def f():\nreturn")
check("class C:\nx = 1")
check("try:\nx")
check("with a:\nb")
check("x = 1\n  y = 2")
check("if 1:\n    a\n  b")
check("if 1:\n        a\n\tb")
check("try:\n    x\nexcept:\npass")
check("if a:\n    pass\nelif b:\npass")
check("  x = 1")
# IndentationError and TabError are SyntaxError subclasses
print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
