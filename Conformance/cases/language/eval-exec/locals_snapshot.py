# description: PEP 667 locals() in functions returns independent snapshots; exec cannot create or change function locals
# features: [eval-exec, scoping]
# min-version: 3.13
# expect: output

def no_locals():
    exec("new_name = 1")
    return "new_name" in locals(), "new_name" in globals()
print("exec creates no local:", no_locals())

def snapshot():
    x = 1
    snap = locals()
    x = 2
    snap2 = locals()
    return snap["x"], snap2["x"], snap is snap2
print("independent snapshots:", snapshot())

def write_through():
    x = 1
    locals()["x"] = 99
    return x
print("writing to locals() has no effect:", write_through())

def exec_sees_locals():
    y = "visible"
    ns = locals()
    exec("z = y + '!'", globals(), ns)
    return ns["z"], "z" in locals()
print("exec with explicit locals:", exec_sees_locals())

def exec_rebind():
    v = 1
    exec("v = 2")
    return v
print("exec cannot rebind:", exec_rebind())

# at module level locals() is globals()
print("module level:", locals() is globals())

# in a class body locals() is the class namespace
class C:
    a = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print("class body:", C.names)

# comprehensions no longer appear as separate frames in locals()
def comp():
    outer = 1
    return [sorted(locals()) for _ in range(1)][0]
print("comprehension locals:", comp())
