# description: set mutation during iteration raises RuntimeError; iterating a copy is safe
# features: [builtins, set, iterators]
# expect: output
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("add ! RuntimeError:", e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print("discard ! RuntimeError:", e)
s = {1, 2, 3}
for x in set(s):
    s.discard(x)
print("copy iteration:", s)
s = {1, 2, 3}
it = iter(s)
next(it)
s.add(4)
try:
    next(it)
except RuntimeError as e:
    print("iterator after add ! RuntimeError:", e)
s = {1, 2, 3}
for x in s:
    s.add(1)
print("re-adding existing member is fine:", s)
s = {1, 2}
it = iter(s)
print("length_hint:", it.__length_hint__(), end=" ")
next(it)
print(it.__length_hint__())
fs = frozenset({1, 2})
print("frozenset iteration:", sorted(x for x in fs))
