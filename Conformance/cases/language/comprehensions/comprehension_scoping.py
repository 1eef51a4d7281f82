# description: comprehension variables do not leak; the first iterable is evaluated eagerly in the enclosing scope
# features: [comprehensions, scoping, closures]
# expect: output

x = "outer"
result = [x for x in range(3)]
print("no leak:", x, result)

# outermost iterable evaluated immediately, in the enclosing scope
log = []
def source(name):
    log.append(f"source {name}")
    return [1, 2]
gen = (a * b for a in source("outer") for b in source("inner"))
print("after creating genexpr:", log)
list(gen)
print("after consuming:", log)

# genexpr raising on the first iterable raises at creation
try:
    gen = (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)
gen = (y for x in [1] for y in 5)
try:
    list(gen)
except TypeError as e:
    print("TypeError at iteration:", e)

# the outermost iterable is bound early, later rebinding does not matter
items = [1, 2, 3]
gen = (i for i in items)
items = ["changed"]
print("early bound:", list(gen))
# but conditions and inner iterables are late
limit = 10
gen = (i for i in range(5) if i < limit)
limit = 2
print("late condition:", list(gen))

# comprehension can read function locals and closures
def f():
    k = 10
    return [k + i for i in range(3)]
print("reads locals:", f())

# comprehension variable shadows outer in element but not after
i = "keep"
squares = {i: i * i for i in range(3)}
print("dict comprehension no leak:", i, squares)

# lambdas in a comprehension capture the comprehension's variable
fs = [lambda: j for j in range(3)]
print("late binding in comprehension:", [fn() for fn in fs])

# nested comprehension variable visible in the inner one
print("inner sees outer var:", [[(o, n) for n in range(o)] for o in range(3)])

# comprehension inside a function reads the function locals
def g():
    z = 1
    return [z for _ in range(2)]
print("function comprehension:", g())

# NameError message for undefined in comprehension
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print("NameError:", e)

# any assignment target works as the iteration variable, including subscripts
d = {}
[None for d["k"] in range(3)]
print("subscript target:", d)
