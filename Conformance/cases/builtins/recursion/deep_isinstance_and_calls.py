# description: deeply nested isinstance tuples and deep recursion through builtins (map/sorted keys) raise RecursionError
# features: [builtins, recursion]
# expect: output
import sys
spec = int
for _ in range(100000):
    spec = (spec,)
try:
    print("isinstance deep:", isinstance(1, spec))
except RecursionError:
    print("isinstance(deep tuple) ! RecursionError")
try:
    print("issubclass deep:", issubclass(bool, spec))
except RecursionError:
    print("issubclass(deep tuple) ! RecursionError")
def through_map(n):
    return list(map(through_map, [n + 1]))
try:
    through_map(0)
except RecursionError:
    print("recursion through map ! RecursionError")
def through_sorted(n):
    return sorted([1, 2], key=lambda x: through_sorted(n + 1))
try:
    through_sorted(0)
except RecursionError:
    print("recursion through sorted key ! RecursionError")
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError:
    print("self-recursive __repr__ ! RecursionError")
class G:
    def __getattr__(self, name):
        return getattr(self, name + "x")
try:
    G().a
except RecursionError:
    print("runaway __getattr__ ! RecursionError")
print("limit unchanged:", sys.getrecursionlimit() >= 1000)
