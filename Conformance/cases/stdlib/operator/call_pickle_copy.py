# description: operator.call (3.11+) invokes callables; itemgetter/attrgetter/methodcaller survive pickle and copy with equal behavior
# features: [operator, copy]
# min-version: 3.11
# expect: output

import copy
import operator
import pickle

print("call:", operator.call(max, 3, 9, 4), operator.call(dict, a=1), operator.call(lambda *a, **k: (a, k), 1, x=2))
try:
    operator.call(5)
except TypeError as e:
    print("TypeError:", e)
getters = [operator.itemgetter(1), operator.itemgetter(0, 2), operator.attrgetter("real"),
           operator.attrgetter("imag", "real"), operator.methodcaller("split", "-", maxsplit=1)]
samples = ["abc", "abc", 3 + 4j, 3 + 4j, "a-b-c"]
for g, s in zip(getters, samples):
    p = pickle.loads(pickle.dumps(g))
    c = copy.deepcopy(g)
    print(f"{g!r:48} {g(s)!r:16} pickled={p(s) == g(s)} repr_same={repr(p) == repr(g)} deepcopy={c(s) == g(s)}")
print("not equal by value:", operator.itemgetter(1) == operator.itemgetter(1))
