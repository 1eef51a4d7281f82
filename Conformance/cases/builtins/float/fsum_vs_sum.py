# description: sum() of floats uses compensated summation (3.12+) while math.fsum is exactly rounded
# features: [builtins, float, math]
# min-version: 3.12
# expect: output
import math

xs = [0.1] * 10
print("sum [0.1]*10:", repr(sum(xs)), "fsum:", repr(math.fsum(xs)))
ys = [1e100, 1.0, -1e100, 1.0]
print("sum cancel:", repr(sum(ys)), "fsum:", repr(math.fsum(ys)))
zs = [1.0, 1e100, 1.0, -1e100]
print("sum cancel 2:", repr(sum(zs)), "fsum:", repr(math.fsum(zs)))
acc = 0.0
for x in xs:
    acc += x
print("manual += loop:", repr(acc))
print("sum ints then floats:", repr(sum([1, 2, 0.5, 0.25])), repr(sum([10**20, 0.5])))
print("sum start float:", repr(sum([0.1, 0.2], 0.3)), repr(sum([], 0.5)), repr(sum([])))
print("sum with inf:", sum([1.0, float("inf")]), sum([float("inf"), float("-inf")]))
print("fsum inf:", math.fsum([1.0, float("inf")]))
try:
    math.fsum([float("inf"), float("-inf")])
except ValueError as e:
    print("fsum inf-inf ! ValueError:", e)
try:
    math.fsum([1e308, 1e308])
except OverflowError as e:
    print("fsum overflow ! OverflowError:", e)
print("fsum exact:", repr(math.fsum([0.1, 0.2, 0.3, -0.6])), repr(sum([0.1, 0.2, 0.3, -0.6])))
print("fsum ints:", repr(math.fsum([1, 2, 3])), "type", type(math.fsum([])).__name__)
print("sum bools + float:", repr(sum([True, 0.5])))
print("sum complex:", sum([1j, 0.5, 2]))
