# description: lambda expressions with every parameter form, conditional bodies and immediate calls
# features: [functions, closures]
# expect: output

add = lambda a, b=10: a + b
print("add:", add(1), add(1, 2), add.__name__, add.__qualname__)

full = lambda a, /, b, *args, c, d=4, **kw: (a, b, args, c, d, sorted(kw))
print("full:", full(1, 2, 3, c=5, z=1))

print("immediate:", (lambda x: x * 2)(21))
print("no args:", (lambda: "nothing")())
print("nested:", (lambda x: lambda y: x + y)(3)(4))
print("conditional body:", [(lambda n: "even" if n % 2 == 0 else "odd")(n) for n in range(3)])

# lambda bodies are expressions: tuples need parentheses
pair = lambda x: (x, x)
print("pair:", pair(1))

# sorting with a lambda key and multi-level keys
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print("sorted:", sorted(words, key=lambda w: (w.lower(), w)))

# lambda in a class body does not see class variables when called
class K:
    factor = 3
    scale = lambda self, v: v * self.factor
print("method lambda:", K().scale(5), K.scale.__qualname__)

# lambda defaults, closures over loop variables
late = [lambda: i for i in range(3)]
early = [lambda i=i: i for i in range(3)]
print("late:", [f() for f in late], "early:", [f() for f in early])

# walrus inside lambda body requires parentheses and binds in the lambda's scope
g = lambda x: (y := x + 1) * y
print("walrus in lambda:", g(2), "y" in globals())

# lambda returning generator expression; recursion via name
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print("fact:", fact(10))
gen = lambda n: (i * i for i in range(n))
print("genexpr:", list(gen(4)))

# lambda with yield is a generator function
lg = lambda: (yield 1)
print("yield lambda:", type(lg()).__name__, list(lg()))
