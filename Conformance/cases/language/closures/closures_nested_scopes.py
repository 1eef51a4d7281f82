# description: free variables resolve through multiple nested function levels and comprehensions
# features: [closures, scoping, comprehensions]
# expect: output

def a():
    va = "a"
    def b():
        vb = "b"
        def c():
            vc = "c"
            def d():
                return va + vb + vc
            return d
        return c
    return b
print("four levels:", a()()()())

# intermediate function that does not use the variable still passes the cell through
def outer():
    secret = [1]
    def middle():
        def inner():
            secret.append(2)
            return secret
        return inner
    return middle()()
print("pass-through:", outer())

def outer2():
    s = 1
    def middle():
        def inner():
            return s
        return inner
    return middle
print("middle freevars:", outer2().__code__.co_freevars, "cellvars of outer2:", outer2.__code__.co_cellvars)

# comprehension inside a closure
def comp_closure(n):
    mult = 3
    return [[mult * i + j for j in range(n)] for i in range(n)]
print("nested comprehension:", comp_closure(2))

# closures capture the parameter cells
def adder(x):
    def add(y):
        return x + y
    x += 100
    return add
print("param captured after change:", adder(1)(1))

# recursive closure
def fib_maker():
    cache = {}
    def fib(n):
        if n < 2:
            return n
        if n not in cache:
            cache[n] = fib(n - 1) + fib(n - 2)
        return cache[n]
    return fib, cache
fib, cache = fib_maker()
print("fib 30:", fib(30), "cache size:", len(cache))

# closure identity: each call makes a new function with new cells
def make():
    v = []
    return lambda: v
f1, f2 = make(), make()
print("distinct cells:", f1() is f2(), f1() is f1())

# cell_contents can be read and written
def cellw():
    z = 1
    def g():
        return z
    return g
g = cellw()
g.__closure__[0].cell_contents = "patched"
print("patched cell:", g())
