# description: getstate/setstate round-trip restores the stream including the cached gauss value; the state has CPython's shape
# features: [random]
# expect: output

import random

random.seed(31337)
random.random()
state = random.getstate()
print("state is a tuple:", isinstance(state, tuple), "no cached gauss yet:", state[-1] is None)
first = [random.random() for _ in range(3)]
random.setstate(state)
print("replay equal:", first == [random.random() for _ in range(3)])
random.gauss()
s2 = random.getstate()
print("gauss_next cached:", s2[2] is not None)
g = random.gauss()
random.setstate(s2)
print("gauss replay:", g == random.gauss())
r = random.Random(5)
r.setstate(random.getstate())
print("state moves between instances:", r.random() == random.random())
try:
    random.setstate((99, (), None))
except ValueError as e:
    print("ValueError:", e)
try:
    random.setstate("nope")
except Exception as e:
    print(type(e).__name__)
random.seed(0)
a = random.getstate()
random.seed(0)
print("states equal after same seed:", a == random.getstate())
