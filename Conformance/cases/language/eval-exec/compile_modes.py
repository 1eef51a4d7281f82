# description: compile() in exec, eval and single modes, code object attributes, dont_inherit and bytes source
# features: [eval-exec]
# expect: output

c = compile("x = 5\ny = x * 2", "<module-src>", "exec")
ns = {}
print("exec mode returns:", eval(c, ns), ns["y"])
print("code type:", type(c).__name__, c.co_filename, c.co_name)

e = compile("[i for i in range(3)]", "<expr-src>", "eval")
print("eval mode:", eval(e), e.co_filename)

# single mode prints expression results through sys.displayhook
s = compile("1 + 1", "<single>", "single")
exec(s)
s2 = compile("None", "<single>", "single")
exec(s2)
print("(None printed nothing)")
exec(compile("'text'", "<single>", "single"))

# eval mode rejects statements; single mode rejects multiple statements
for src, mode in [("x = 1", "eval"), ("a = 1\nb = 2\n", "single"), ("1 +", "exec")]:
    try:
        compile(src, "<bad>", mode)
    except SyntaxError as err:
        print(mode, "->", err.msg, "| filename:", err.filename)

# invalid mode
try:
    compile("1", "<s>", "bogus")
except ValueError as err:
    print("ValueError:", err)

# bytes source with encoding declaration
src = "# -*- coding: latin-1 -*-\nv = 'caf\xe9'\n".encode("latin-1")
ns = {}
exec(compile(src, "<bytes>", "exec"), ns)
print("bytes source:", ns["v"], len(ns["v"]))

# null bytes are rejected
try:
    compile("x = 1\0", "<s>", "exec")
except (SyntaxError, ValueError) as err:
    print(type(err).__name__ + ":", err)

# code objects carry line numbers from the source
code = compile("\n\na = 1\n", "<lines>", "exec")
print("first line:", code.co_firstlineno)
def_code = compile("def f(a, b=1):\n    return a + b\n", "<def>", "exec")
ns = {}
exec(def_code, ns)
print("function from compiled code:", ns["f"](1), ns["f"].__code__.co_filename, ns["f"].__code__.co_firstlineno)

# compile accepts a trailing newline-less source and source with only comments
exec(compile("# just a comment", "<c>", "exec"))
print("comment-only source compiled")
print("empty source:", eval(compile("", "<e>", "exec")))

# exceptions raised inside exec'd code carry the given filename in the traceback
try:
    exec(compile("\n\nraise KeyError('k')", "<virtual>", "exec"))
except KeyError as err:
    tb = err.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("traceback frame:", tb.tb_frame.f_code.co_filename, tb.tb_lineno)
