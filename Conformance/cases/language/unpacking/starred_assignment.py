# description: starred assignment targets collect the middle into a list; nested and error cases
# features: [unpacking, assignment]
# expect: output

a, *b, c = range(6)
print("middle:", a, b, c)
*head, tail = "xyz"
print("head/tail:", head, tail)
first, *rest = [1]
print("empty star:", first, rest, type(rest).__name__)
*everything, = (1, 2, 3)
print("star only:", everything)
[x, *y] = iter(range(3))
print("list target:", x, y)

# nested unpacking with stars
(p, *q), *r = [[1, 2, 3], 4, 5]
print("nested:", p, q, r)
a, (b, *c), d = 1, "xyz", 2
print("nested string:", a, b, c, d)

# too few values for the required targets
try:
    a, *b, c, d = [1, 2]
except ValueError as e:
    print("ValueError:", e)

# star in for targets
for first, *others in [(1, 2, 3), (4,)]:
    print("for star:", first, others)

# two stars is a syntax error
try:
    compile("*a, *b = [1, 2]", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    compile("*a = [1, 2]", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)

# assignment from generators and dicts
a, b = (i * i for i in range(2))
k1, k2 = {"first": 1, "second": 2}
print("generator and dict:", a, b, k1, k2)

# chained assignment with unpacking
m = n, o = 1, 2
print("chained:", m, n, o)

# unpacking a string of wrong length
try:
    a, b = "abc"
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = "ab"
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)

# the iterable is consumed only as needed before the error
it = iter(range(10))
try:
    a, b = it
except ValueError:
    pass
print("consumed up to the third item:", next(it))

# swap through unpacking with attributes and items
class O: pass
o = O()
o.x, o.y = 1, 2
o.x, o.y = o.y, o.x
lst = [1, 2, 3]
lst[0], lst[2] = lst[2], lst[0]
print("swaps:", o.x, o.y, lst)
