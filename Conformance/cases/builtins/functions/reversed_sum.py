# description: reversed() protocol (__reversed__, sequence fallback, errors) and sum() start values and types
# features: [builtins, iterators]
# expect: output

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

show("list/tuple/str/range", lambda: (list(reversed([1, 2, 3])), list(reversed((1, 2))), "".join(reversed("abc")), list(reversed(range(3)))))
show("dict", lambda: list(reversed({"a": 1, "b": 2})))
show("set", lambda: reversed({1, 2}))
show("generator", lambda: reversed(x for x in "ab"))
show("int", lambda: reversed(5))
class Custom:
    def __reversed__(self):
        return iter(["custom", "reversal"])
show("__reversed__", lambda: list(reversed(Custom())))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "item%d" % i
show("sequence fallback", lambda: list(reversed(Seq())))
class NoLen:
    def __getitem__(self, i):
        return i
show("getitem without len", lambda: reversed(NoLen()))
class RevNone(Seq):
    __reversed__ = None
show("__reversed__ = None", lambda: reversed(RevNone()))
r = reversed([1, 2, 3])
show("length_hint", lambda: (r.__length_hint__(), next(r), r.__length_hint__()))
show("sum ints", lambda: sum([1, 2, 3]))
show("sum start", lambda: sum([1, 2], 10))
show("sum start kw", lambda: sum([1, 2], start=10))
show("sum floats", lambda: sum([0.5, 0.25]))
show("sum lists", lambda: sum([[1], [2, 3]], []))
show("sum tuples", lambda: sum(((1,), (2,)), ()))
show("sum strings refused", lambda: sum(["a", "b"], ""))
show("sum bytes refused", lambda: sum([b"a"], b""))
show("sum bytearray refused", lambda: sum([b"a"], bytearray()))
show("sum list without start", lambda: sum([[1], [2]]))
show("sum empty", lambda: (sum([]), sum([], 5), sum((), 0.0)))
show("sum bools", lambda: sum([True, True, False]))
show("sum huge", lambda: sum([2**64, 2**64, -1]))
show("sum mixed int float", lambda: (sum([1, 0.5]), type(sum([1, 2.0])).__name__))
show("sum complex", lambda: sum([1j, 2]))
show("sum generator", lambda: sum(x * x for x in range(101)))
class Money:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return Money(self.v + (other.v if isinstance(other, Money) else other))
    def __radd__(self, other):
        return self.__add__(other)
show("sum __radd__ from 0", lambda: sum([Money(1), Money(2)]).v)
