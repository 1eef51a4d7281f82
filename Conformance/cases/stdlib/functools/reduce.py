# description: functools.reduce folds left, uses the initializer, and reports an empty iterable without initializer
# features: [functools]
# expect: output

from functools import reduce
import operator

print("sum:", reduce(operator.add, [1, 2, 3, 4]))
print("left fold:", reduce(lambda a, b: f"({a}-{b})", "abcd"))
print("with initial:", reduce(lambda a, b: f"({a}-{b})", "ab", "z"))
print("single no init:", reduce(operator.mul, [7]))
print("empty with init:", reduce(operator.mul, [], 1))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
try:
    reduce(operator.add, 5)
except TypeError as e:
    print("TypeError:", e)
print("generator:", reduce(lambda acc, x: acc + [x * x], (i for i in range(4)), []))
calls = []
def trace(a, b):
    calls.append((a, b))
    return a + b
reduce(trace, [1, 2, 3], 10)
print("call order:", calls)
