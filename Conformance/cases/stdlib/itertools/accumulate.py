# description: itertools.accumulate with default addition, custom functions and the initial keyword
# features: [itertools]
# expect: output

from itertools import accumulate
import operator

print("sum:", list(accumulate([1, 2, 3, 4, 5])))
print("product:", list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print("max running:", list(accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)))
print("initial:", list(accumulate([1, 2, 3], initial=100)))
print("empty:", list(accumulate([])))
print("empty initial:", list(accumulate([], initial=0)))
print("strings:", list(accumulate("abc")))
print("func and initial:", list(accumulate([2, 3], operator.pow, initial=2)))
print("kw func:", list(accumulate([1, 2, 3], func=operator.sub)))
print("initial None means none:", list(accumulate([1, 2], initial=None)))
print("lists:", list(accumulate([[1], [2], [3]])))
try:
    list(accumulate([1, "a"]))
except TypeError as e:
    print("TypeError:", e)
# amortization table
balance = list(accumulate(range(3), lambda bal, _: round(bal * 1.05 - 10, 2), initial=100))
print("amortization:", balance)
