# description: a chain of nested generators (yield from) deeper than the recursion limit raises RecursionError cleanly
# features: [builtins, generators, recursion]
# expect: output
import sys
def chain(n):
    if n == 0:
        yield "bottom"
    else:
        yield from chain(n - 1)
print("shallow chain:", list(chain(50)))
try:
    list(chain(sys.getrecursionlimit() * 3))
    print("deep chain completed")
except RecursionError:
    print("deep chain ! RecursionError")
def nested_iter(n):
    it = iter([n])
    for _ in range(n):
        it = map(lambda x: x, it)
    return it
print("nested map depth 100:", list(nested_iter(100)))
def gen_recurse(n):
    yield n
    yield from gen_recurse(n + 1)
g = gen_recurse(0)
count = 0
try:
    for _ in g:
        count += 1
except RecursionError:
    print("infinite yield-from recursion ! RecursionError after more than 100 values:", count > 100)
print("program continues:", list(chain(3)))
