# description: one-trick-pony ABCs recognize classes structurally by their methods, and a None method blocks recognition
# features: [abc, collections]
# expect: output

from collections.abc import (Iterable, Iterator, Sized, Container, Hashable, Callable,
                             Reversible, Collection, Awaitable, Sequence)

class It:
    def __iter__(self):
        return iter([])
class ItNext(It):
    def __next__(self):
        raise StopIteration
class NoIter(It):
    __iter__ = None
class Len:
    def __len__(self):
        return 0
class Cont:
    def __contains__(self, x):
        return False
class Unhash:
    def __eq__(self, other):
        return True
class Call:
    def __call__(self):
        pass
class Rev(It):
    def __reversed__(self):
        return iter([])
class RevOnly:
    def __reversed__(self):
        return iter([])
class Coll(It, Len, Cont):
    pass
class Aw:
    def __await__(self):
        yield
class GetItemOnly:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i

print("Iterable:", issubclass(It, Iterable), issubclass(NoIter, Iterable))
print("Iterator:", issubclass(It, Iterator), issubclass(ItNext, Iterator))
print("Sized:", issubclass(Len, Sized), "Container:", issubclass(Cont, Container))
print("Hashable: object", issubclass(object, Hashable), "eq-only class", issubclass(Unhash, Hashable))
print("Callable:", issubclass(Call, Callable), isinstance(Call(), Callable), callable(Call()))
print("Reversible:", issubclass(Rev, Reversible), "needs __iter__ too:", issubclass(RevOnly, Reversible))
print("Collection:", issubclass(Coll, Collection), issubclass(Len, Collection))
print("Awaitable:", issubclass(Aw, Awaitable))
print("getitem only iterable by iter():", list(GetItemOnly()), "but not Iterable:", issubclass(GetItemOnly, Iterable))
print("Sequence not structural:", issubclass(GetItemOnly, Sequence), isinstance([], Sequence))
