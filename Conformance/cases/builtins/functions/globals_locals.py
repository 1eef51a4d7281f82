# description: globals() is the module dict (writes visible), locals() snapshots in functions, class body namespace
# features: [builtins, scoping]
# expect: output
g = globals()
print("globals is dict:", type(g).__name__, "__name__" in g, g["__name__"])
g["created_via_globals"] = 42
print("write visible as name:", created_via_globals)
def f(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc.items())
print("locals in function:", f(1))
def snapshot():
    x = 1
    loc = locals()
    x = 2
    return loc["x"], x
print("locals snapshot:", snapshot())
def write_locals():
    y = 1
    locals()["y"] = 99
    return y
print("writing locals() does not rebind:", write_locals())
class Body:
    p = 1
    q = p + 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print("class body locals:", Body.names)
print("module locals is globals:", locals() is globals())
def closure():
    outer = "o"
    def inner():
        return sorted(locals())
    def inner_uses():
        return outer, sorted(locals())
    return inner(), inner_uses()
print("free vars in locals:", closure())
print("builtins accessible:", "__builtins__" in g, "len" in dir(__builtins__) if not isinstance(__builtins__, dict) else "len" in __builtins__)
def shadow():
    len = lambda x: "shadowed"
    return len([1, 2])
print("local shadows builtin:", shadow(), len([1, 2]))
