# description: bad sources also fail through exec() and eval() with filename '<string>', and the program keeps running
# features: [syntax, eval-exec]
# expect: output

sources = [
    ("exec", "if True\n    pass"),
    ("exec", "x = (1,"),
    ("exec", "return 1"),
    ("exec", "def f():\n    nonlocal q"),
    ("exec", "  indented = 1"),
    ("eval", "x = 1"),
    ("eval", "1 +"),
    ("eval", "lambda: yield"),
    ("eval", "f(a=1, 2)"),
    ("eval", "'unterminated"),
    ("exec", "print 'py2'"),
    ("exec", "for x in y:\nbreak"),
]
for fn_name, src in sources:
    fn = exec if fn_name == "exec" else eval
    try:
        fn(src, {})
        print(f"{fn_name}({src!r}) ran")
    except SyntaxError as e:
        print(f"{fn_name}({src!r}) -> {type(e).__name__}: {e.msg} | file {e.filename} line {e.lineno}")

# nothing was executed before the syntax error was found
ns = {}
try:
    exec("a = 1\nb = 2\nc = (", ns)
except SyntaxError:
    print("no partial execution:", sorted(k for k in ns if k != "__builtins__"))

# a syntax error inside a nested exec propagates like any exception
def outer():
    exec("exec('1 +')")
try:
    outer()
except SyntaxError as e:
    print("nested exec:", e.msg, e.filename)

# SyntaxError can be caught as Exception
try:
    eval("(")
except Exception as e:
    print("caught as Exception:", type(e).__name__, isinstance(e, SyntaxError))
print("still running")
