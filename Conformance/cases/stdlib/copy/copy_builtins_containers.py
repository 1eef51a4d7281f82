# description: copy module handles dict subclasses, defaultdict, OrderedDict, deque and namedtuple preserving type and attributes
# features: [copy, collections]
# expect: output

import copy
from collections import defaultdict, OrderedDict, deque, namedtuple, Counter

dd = defaultdict(list, a=[1])
dc = copy.deepcopy(dd)
dc["b"].append(2)
print("defaultdict:", type(dc).__name__, dc.default_factory is list, sorted(dc), sorted(dd))
od = OrderedDict([("z", 1), ("a", 2)])
print("OrderedDict order:", list(copy.copy(od)))
dq = deque([[1], [2]], maxlen=4)
dqc = copy.deepcopy(dq)
print("deque:", dqc.maxlen, dqc[0] is not dq[0])
P = namedtuple("P", "x y")
p = P([1], 2)
pc = copy.deepcopy(p)
print("namedtuple:", type(pc).__name__, pc, pc.x is not p.x)
print("namedtuple shallow same:", copy.copy(P(1, 2)) == P(1, 2))
c = Counter("aab")
print("Counter:", copy.copy(c) == c, type(copy.deepcopy(c)).__name__)
class D(dict):
    pass
dd2 = D(k=[1])
dd2.extra = "attr"
r = copy.deepcopy(dd2)
print("dict subclass:", type(r).__name__, r, r.extra)
print("dict.copy vs copy.copy:", type(dd2.copy()).__name__, type(copy.copy(dd2)).__name__)
