# description: assignment expressions bind in the current scope, in comprehensions bind in the enclosing scope
# features: [assignment, comprehensions, scoping]
# expect: output

data = [1, 5, 12, 3, 20]
if (n := len(data)) > 3:
    print("length", n)

# while with walrus
items = [3, 2, 1, 0, 5]
out = []
while (v := items.pop(0)) != 0:
    out.append(v)
print("while:", out, "v:", v)

# comprehension: target binds in enclosing (module) scope
big = [y for x in data if (y := x * 2) > 10]
print("filtered:", big, "y leaked:", y)

# in a function, the comprehension's walrus binds the function local
def last_match(values):
    any(( hit := v) > 10 for v in values)
    return hit
print("last match:", last_match(data))

# running total in a comprehension
total = 0
running = [total := total + x for x in [1, 2, 3, 4]]
print("running:", running, "total:", total)

# walrus in nested comprehensions binds in the outermost non-comprehension scope
def nested():
    pairs = [[(last := (i, j)) for j in range(2)] for i in range(2)]
    return last
print("nested:", nested())

# with nonlocal semantics in closures
def outer():
    def inner():
        return [(found := x) for x in "abc"]
    inner()
    try:
        return found
    except NameError:
        return "not in outer"
print("inner function scope:", outer())

# value of the expression is the assigned value
print("expression value:", (z := 5) + z)
print("in call:", max(a := 3, 7), a)

# walrus cannot rebind a comprehension iteration variable
try:
    compile("[i := 0 for i in range(3)]", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

# walrus in a class body comprehension is rejected
try:
    compile("class C:\n    [(q := i) for i in range(3)]\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

# unparenthesized at statement level is a syntax error
try:
    compile("x := 1", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

# evaluation order with walrus
print("order:", [(b := 1), b + 1, (b := 10), b])
