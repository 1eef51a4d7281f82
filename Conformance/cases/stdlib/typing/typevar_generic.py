# description: TypeVar reprs/bounds/constraints and Generic subclassing, parametrization, __orig_class__, and parameter errors
# features: [typing, classes]
# min-version: 3.12
# expect: output

from typing import TypeVar, Generic, get_args, get_origin

T = TypeVar("T")
K = TypeVar("K", bound=str)
N = TypeVar("N", int, float)
T_co = TypeVar("T_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
print("reprs:", repr(T), repr(T_co), repr(T_contra), repr(K))
print("attrs:", T.__name__, K.__bound__, N.__constraints__, T_co.__covariant__)

class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item

class Pair(Generic[K, T]):
    pass

print("parameters:", Box.__parameters__, Pair.__parameters__)
ib = Box[int]
print("alias repr:", repr(ib), get_origin(ib) is Box, get_args(ib))
b = Box[int](5)
print("instance:", type(b).__name__, b.get(), b.__orig_class__)
print("plain instance no orig_class:", hasattr(Box(1), "__orig_class__"))
class IntBox(Box[int]):
    pass
print("subclass:", IntBox.__orig_bases__, IntBox.__parameters__)
print("partial parametrization:", repr(Pair[str, T]), Pair[str, T].__parameters__)
print("re-parametrize:", repr(Pair[str, T][float]))
try:
    Box[int, str]
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(Generic[T, T]):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    TypeVar("X", int)
except TypeError as e:
    print("TypeError:", e)
print("isinstance base:", isinstance(b, Box))
