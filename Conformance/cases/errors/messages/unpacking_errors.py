# description: ValueError and TypeError messages from iterable unpacking in assignments, for loops and calls
# features: [exceptions, unpacking]
# expect: output

def show(src):
    try:
        exec(src, {})
        print(src, "-> no error")
    except (ValueError, TypeError) as e:
        print(f"{src:36} -> {type(e).__name__}: {e}")

show("a, b = [1, 2, 3]")
show("a, b, c = [1, 2]")
show("a, b = []")
show("a, = ()")
show("a, b = 'xyz'")
show("(a, b), c = [1, 2], 3")
show("(a, b), c = [1], 3")
show("a, *b, c = [1]")
show("*a, b, c, d = 'ab'")
show("a, b = 1")
show("a, b = None")
show("a, *b = 5.0")
show("for x, y in [(1, 2, 3)]: pass")
show("for x, y in [1]: pass")
show("[(x, y) for x, y in ['abc']]")
show("a, b = {'k': 1}")
show("a, b = (i for i in range(5))")
show("a, b = range(1)")
show("def f(*a): pass\nf(*1)")
show("def f(**k): pass\nf(**1)")
show("[*None]")
show("{**[]}")
show("print(*1)")
