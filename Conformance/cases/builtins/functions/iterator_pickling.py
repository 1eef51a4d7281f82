# description: __reduce__/__setstate__/__length_hint__ of the builtin iterators (list, tuple, range, str, dict, set, enumerate, zip, map, filter, reversed, iter(callable))
# features: [builtins, iterators]
# expect: output

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

it = iter([1, 2, 3]); next(it)
show("list_iterator", it.__reduce__)
list(it)
show("exhausted list_iterator", it.__reduce__)
it = iter([1, 2, 3]); it.__setstate__(2)
show("setstate 2", lambda: list(it))
r = reversed([1, 2, 3]); next(r)
show("list_reverseiterator", r.__reduce__)
show("length hints", lambda: (iter([1, 2]).__length_hint__(), reversed([1, 2, 3]).__length_hint__(), iter((1,)).__length_hint__()))
t = iter((1, 2)); next(t)
show("tuple_iterator", t.__reduce__)
ri = iter(range(10)); next(ri)
show("range_iterator", ri.__reduce__)
show("reversed range", lambda: reversed(range(10)).__reduce__())
big = iter(range(10**20)); next(big)
show("longrange_iterator", lambda: (type(big).__name__, big.__reduce__(), big.__length_hint__()))
ri = iter(range(10)); ri.__setstate__(7)
show("range setstate", lambda: list(ri))
si = iter("héllo"); next(si)
show("str iterator", lambda: (type(si).__name__, si.__reduce__()))
show("dict keys", lambda: iter({1: 2, 3: 4}).__reduce__())
show("dict items", lambda: iter({1: 2}.items()).__reduce__())
show("set", lambda: iter({1}).__reduce__())
e = enumerate("abc", 5); next(e)
show("enumerate", lambda: (e.__reduce__()[0], e.__reduce__()[1][1]))
z = zip([1], [2], strict=True)
show("zip strict", lambda: (z.__reduce__()[0], len(z.__reduce__()[1]), z.__reduce__()[2:]))
show("map", lambda: map(str, [1]).__reduce__()[0])
show("filter", lambda: filter(None, [1]).__reduce__()[1][0])
c = iter(lambda: 1, 2)
show("callable_iterator", lambda: (c.__reduce__()[1][1], hasattr(c, "__length_hint__")))
show("no length hint", lambda: [hasattr(x, "__length_hint__") for x in (enumerate([]), zip(), map(str, []), filter(None, []))])
class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError
    def __len__(self):
        return 3
s = iter(Seq()); next(s)
show("sequence iterator", lambda: (type(s).__name__, s.__reduce__()[1][0] is not None, s.__reduce__()[2], s.__length_hint__()))
rv = reversed(Seq()); next(rv)
show("reversed sequence", lambda: (rv.__reduce__()[2], rv.__length_hint__()))
