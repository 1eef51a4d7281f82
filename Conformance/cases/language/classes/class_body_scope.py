# description: class body scope: names visible in the body but not in methods or nested comprehension iterations
# features: [classes, scoping, comprehensions]
# expect: output

x = "global x"

class C:
    x = "class x"
    y = x + " (read in body)"
    def method(self):
        return x
    # the first iterable of a comprehension is evaluated in the class scope
    doubled = [v * 2 for v in [x]]
    # but other references inside the comprehension skip the class scope
    seen = [x for _ in range(1)]
    lam = (lambda: x)()

print("y:", C.y)
print("method sees global:", C().method())
print("doubled:", C.doubled)
print("comprehension body sees global:", C.seen)
print("lambda sees global:", C.lam)

# a class variable used in a comprehension condition raises NameError if no global exists
try:
    class D:
        limit = 3
        items = [i for i in range(10) if i < limit]
except NameError as e:
    print("NameError:", e)

# but it works when used as the outermost iterable
class E:
    limit = 3
    items = [i for i in range(limit)]
print("outermost iterable:", E.items)

# class body executes top to bottom once, and can run arbitrary code
log = []
class F:
    log.append("start")
    for i in range(3):
        log.append(i)
    if True:
        conditional = "yes"
    del i
    log.append("end")
print(log, F.conditional, hasattr(F, "i"))

# class body inside a function sees the function's locals
def make(value):
    class G:
        attr = value
        def get(self):
            return value
    return G
G = make(7)
print("enclosing function locals:", G.attr, G().get())

# name assigned in class body shadows enclosing function variable only within the body
def shadow():
    v = "func"
    class H:
        v = "class"
        w = v
        def get(self):
            return v
    return H.w, H().get()
print("shadow:", shadow())

# a class body's namespace becomes __dict__ (mappingproxy) after creation
class I:
    a = 1
    def m(self): pass
print("dict keys:", sorted(k for k in I.__dict__ if not k.startswith("__")))
print("dict type:", type(I.__dict__).__name__)
try:
    I.__dict__["a"] = 2
except TypeError as e:
    print("TypeError:", e)
