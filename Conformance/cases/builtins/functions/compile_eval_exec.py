# description: eval/exec with globals/locals dicts, compile modes, return values, __builtins__ injection, errors
# features: [builtins, eval-exec]
# expect: output

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

show("eval expr", lambda: eval("1 + 2 * 3"))
show("eval with globals", lambda: eval("x * y", {"x": 3, "y": 4}))
show("eval locals override", lambda: eval("x", {"x": "global"}, {"x": "local"}))
show("eval statement", lambda: eval("x = 1"))
show("eval whitespace", lambda: eval("  \t 5 + 5\n"))
show("eval bytes", lambda: eval(b"2 ** 10"))
show("eval name error", lambda: eval("undefined_name", {}))
show("exec returns None", lambda: exec("z = 5"))
g = {}
exec("a = 1\ndef f(n):\n    return n + a\nb = f(10)", g)
show("exec defines", lambda: (g["a"], g["b"], sorted(k for k in g if k != "__builtins__")))
show("__builtins__ injected", lambda: "__builtins__" in g)
l = {}
exec("q = 7", {}, l)
show("exec into locals", lambda: l)
show("restricted builtins", lambda: eval("len('abc')", {"__builtins__": {}}))
show("custom builtins", lambda: eval("len('abc')", {"__builtins__": {"len": lambda s: "fake"}}))
code = compile("3 * 7", "<expr>", "eval")
show("compile eval", lambda: (eval(code), code.co_filename, type(code).__name__))
code2 = compile("for i in range(3):\n    acc.append(i)", "<exec>", "exec")
acc = []
exec(code2, {"acc": acc})
show("compile exec", lambda: acc)
code3 = compile("1 + 1", "<single>", "single")
print("single mode echoes the value via sys.displayhook:")
exec(code3)
exec(compile("None", "<single>", "single"))
print("(None is not echoed)")
show("compile bad mode", lambda: compile("1", "<x>", "bad"))
show("compile syntax error", lambda: compile("1 +", "<bad>", "eval"))
try:
    compile("def f(:\n pass", "<file>", "exec")
except SyntaxError as e:
    print("SyntaxError attrs:", e.filename, e.lineno, type(e.msg).__name__)
show("compile eval of statement", lambda: compile("x = 1", "<s>", "eval"))
show("exec code with return", lambda: exec("return 1"))
show("eval dict subclass locals", lambda: eval("k", {}, type("L", (dict,), {"__missing__": lambda s, k: "missing:" + k})()))
show("eval mapping locals", lambda: eval("a + b", {}, type("M", (), {"__getitem__": lambda s, k: k * 2})()))
show("eval globals not dict", lambda: eval("1", []))
def scope():
    local_var = "L"
    return eval("local_var")
show("eval sees caller locals", scope)
