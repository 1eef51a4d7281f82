# description: closures capture variables (cells), not values; late binding in loops and fixes
# features: [closures, functions]
# expect: output

fs = []
for i in range(3):
    def f():
        return i
    fs.append(f)
print("module-level loop, late:", [f() for f in fs])
i = "rebound"
print("after rebinding global:", [f() for f in fs])

def make_all():
    fs = []
    for j in range(3):
        fs.append(lambda: j)
    j = 100
    return fs
print("rebound after loop:", [f() for f in make_all()])

def make_fixed():
    return [(lambda k: lambda: k)(j) for j in range(3)]
print("factory fix:", [f() for f in make_fixed()])

# comprehension variable is per comprehension scope, still late-bound inside it
fs = [lambda: n for n in range(3)]
print("comprehension late:", [f() for f in fs])

# cell shared between sibling closures
def pair():
    value = 0
    def get():
        return value
    def put(v):
        nonlocal value
        value = v
    return get, put
get, put = pair()
put(5)
print("shared cell:", get())
put("x")
print("shared cell again:", get())

# closure sees assignment made after its definition
def later():
    def show():
        return x
    x = "assigned after def"
    return show()
print("later:", later())

# referencing a not-yet-assigned free variable
def too_early():
    def show():
        return x
    try:
        return show()
    except NameError as e:
        return f"{type(e).__name__}: {e}"
    x = 1
print(too_early())

# del on a cell variable
def deleted():
    y = 1
    def show():
        return y
    del y
    try:
        show()
    except NameError as e:
        return str(e)
print("deleted cell:", deleted())
