# description: compile() messages for global and nonlocal declaration errors
# features: [syntax, scoping]
# expect: output

def check(src, mode="exec"):
    try:
        compile(src, "<s>", mode)
        print(f"{src!r}: compiled")
    except SyntaxError as e:
        print(f"{src!r}: {type(e).__name__}: {e.msg} | line {e.lineno} offset {e.offset}")

check("nonlocal x")
check("def f():\n    nonlocal x")
check("def f():\n    x = 1\n    def g():\n        nonlocal y")
check("def f():\n    print(x)\n    global x")
check("def f():\n    x = 1\n    global x")
check("def f(x):\n    global x")
check("def f(x):\n    nonlocal x")
check("def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x")
check("def f():\n    global x\n    nonlocal x")
check("def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x")
check("class C:\n    nonlocal x")
check("def f():\n    x = 1\n    class C:\n        nonlocal x\n        x = 2")
check("def f():\n    global x\n    x = 1")
check("x = 1\ndef f():\n    global x, y\n    y = x")
check("def f():\n    x = 0\n    def g():\n        print(x)\n        nonlocal x")
