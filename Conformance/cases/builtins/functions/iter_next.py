# description: iter() over sequences/iterators, 2-arg sentinel form, next() with default, iterator protocol errors
# features: [builtins, iterators]
# min-version: 3.13
# expect: output

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

it = iter([1, 2])
show("iter of iterator is itself", lambda: iter(it) is it)
show("next", lambda: (next(it), next(it)))
show("next exhausted", lambda: next(it))
show("next default", lambda: next(it, "done"))
show("next default None", lambda: next(it, None))
show("next non-iterator", lambda: next([1]))
show("iter non-iterable", lambda: iter(5))
values = iter([3, 2, 1, 0, 5])
show("sentinel form", lambda: list(iter(lambda: next(values), 0)))
show("sentinel rest", lambda: list(values))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
show("sentinel stops before 4", lambda: list(iter(tick, 4)))
show("sentinel non-callable", lambda: iter([1], 1))
class Seq:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError(i)
        return i * 10
show("old sequence protocol", lambda: list(iter(Seq())))
class NotIter:
    __iter__ = None
show("__iter__ = None", lambda: iter(NotIter()))
class BadIter:
    def __iter__(self):
        return 5
show("__iter__ returns non-iterator", lambda: iter(BadIter()))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
show("custom iterator", lambda: list(Countdown(3)))
c = Countdown(1)
show("custom iterator after exhaustion", lambda: (list(c), next(c, "empty")))
show("str iterator", lambda: (lambda i: (next(i), next(i), list(i)))(iter("abcd")))
show("dict iterator", lambda: next(iter({"k": 1})))
show("set iterator length_hint", lambda: iter({1, 2, 3}).__length_hint__())
show("list iterator sees appends", lambda: (lambda l: (lambda i: (next(i), l.append(9), list(i)))(iter(l)))([1, 2]))
def stop_in_sentinel():
    raise StopIteration
show("callable raising StopIteration ends", lambda: list(iter(stop_in_sentinel, None)))
