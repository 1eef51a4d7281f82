# description: mutating a deque while iterating raises RuntimeError, and deques compare, copy and pickle-roundtrip structurally
# features: [collections]
# expect: output

from collections import deque
import copy, pickle

d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print("RuntimeError:", e)
d = deque([1, 2, 3])
try:
    for x in d:
        d.pop()
except RuntimeError as e:
    print("RuntimeError:", e)
nested = deque([[1], [2]], maxlen=5)
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested[0].append(99)
print("shallow shares:", shallow[0], "deep independent:", deep[0], deep.maxlen)
p = pickle.loads(pickle.dumps(nested))
print("pickle:", p, p.maxlen)
print("hashable:", end=" ")
try:
    hash(deque())
except TypeError as e:
    print("TypeError:", e)
print("iadd:", end=" ")
d = deque([1])
d += [2, 3]
print(d)
d *= 2
print("imul:", d)
