# description: compile() messages for return, yield, break, continue and await used outside their valid contexts
# features: [syntax, control-flow]
# min-version: 3.13
# expect: output

def check(src, mode="exec"):
    try:
        compile(src, "<s>", mode)
        print(f"{src!r}: compiled")
    except SyntaxError as e:
        print(f"{src!r}: {type(e).__name__}: {e.msg} | line {e.lineno} offset {e.offset}")

check("return")
check("return 1")
check("yield")
check("x = yield 5")
check("yield from x")
check("break")
check("continue")
check("if x:\n    break")
check("def f():\n    break")
check("def f():\n    continue")
check("class C:\n    return 1")
check("class C:\n    yield 1")
check("for x in y:\n    def f():\n        break")
check("while 1:\n    class C:\n        continue")
check("[(yield x) for x in y]")
check("def f():\n    return [(yield) for x in y]")
check("def f():\n    x = [i async for i in y]")
check("lambda: (yield)")
check("for x in y:\n    try:\n        pass\n    finally:\n        break")
