# description: iteration via __iter__/__next__, the __getitem__ fallback, iter(callable, sentinel) and exhausted iterators
# features: [iterators, classes]
# expect: output

class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

c = Countdown(3)
print("for:", [x for x in c])
print("exhausted:", list(c), next(c, "default"))

# a fresh iterator per __iter__ call makes an iterable reusable
class Range3:
    def __iter__(self):
        return iter([1, 2, 3])
r = Range3()
print("reusable:", list(r), list(r), sum(r), 2 in r)

# __getitem__ sequence fallback: called with 0,1,2... until IndexError
class Seq:
    def __init__(self):
        self.calls = []
    def __getitem__(self, i):
        self.calls.append(i)
        if i >= 3:
            raise IndexError
        return i * 10
s = Seq()
print("getitem iteration:", list(s), s.calls)
print("iter type:", type(iter(Seq())).__name__)
print("unpack via getitem:", [*Seq()])

# StopIteration also ends the fallback; other exceptions propagate
class StopSeq:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print("StopIteration ends:", list(StopSeq()))
class KeySeq:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeySeq())
except KeyError as e:
    print("KeyError propagates:", e)

# __iter__ returning a non-iterator
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)

# __iter__ = None blocks the fallback
class Blocked:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(Blocked())
except TypeError as e:
    print("TypeError:", e)

# iter(callable, sentinel)
data = [1, 2, 0, 3]
it = iter(lambda: data.pop(0), 0)
print("callable iterator:", list(it), "left:", data)

# next() default and the builtin iterators
it = iter([1])
print("next:", next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration args:", e.args)

# iterators return themselves from iter()
it = iter("ab")
print("iter(it) is it:", iter(it) is it)
print("reversed uses __reversed__ or __len__+__getitem__:", list(reversed([1, 2, 3])))
class RevSeq:
    def __len__(self): return 3
    def __getitem__(self, i): return "abc"[i]
print("reversed fallback:", list(reversed(RevSeq())))
