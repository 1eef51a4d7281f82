# description: eval and exec with explicit globals/locals dicts, __builtins__ injection and name resolution order
# features: [eval-exec, scoping]
# expect: output

print("eval expression:", eval("1 + 2 * 3"))
print("eval with globals:", eval("x * 2", {"x": 21}))
print("locals shadow globals:", eval("x", {"x": "global"}, {"x": "local"}))
print("globals fallback:", eval("y", {"y": "from globals"}, {}))

g = {}
exec("a = 1\nb = a + 1", g)
print("exec defines in globals:", g["a"], g["b"], "__builtins__ inserted:", "__builtins__" in g)

g, l = {}, {}
exec("c = 3", g, l)
print("separate locals:", "c" in g, l)

# functions defined in exec with separate locals see globals, not those locals
g, l = {"gv": "global value"}, {}
exec("lv = 'local value'\ndef f():\n    try:\n        return lv\n    except NameError as e:\n        return 'NameError: ' + str(e)\nres = f()", g, l)
print("function in exec:", l["res"])

# restricting builtins
try:
    eval("len('abc')", {"__builtins__": {}})
except NameError as e:
    print("NameError:", e)
print("custom builtins:", eval("len('abc')", {"__builtins__": {"len": lambda s: 99}}))

# exec returns None; eval of a statement is a syntax error
print("exec returns:", exec("1"))
try:
    eval("z = 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

# eval/exec default to the caller's namespace
def caller():
    local_var = "seen"
    return eval("local_var")
print("default namespace:", caller())
module_var = "module"
exec("module_var = 'changed by exec'")
print("module exec mutates globals:", module_var)

# locals mapping may be any mapping
class Logger(dict):
    def __getitem__(self, key):
        return f"<{key}>"
print("custom locals mapping:", eval("foo + bar", {}, Logger()))

# code objects can be reused
code = compile("n * n", "<expr>", "eval")
print("reused code:", [eval(code, {"n": i}) for i in range(4)])

# eval strips leading spaces/tabs; exec handles multi-line source
print("leading whitespace:", eval("   1 + 1"))
ns = {}
exec("""
for i in range(3):
    total = i
def square(v):
    return v * v
result = square(total)
""", ns)
print("multi-line exec:", ns["result"])
