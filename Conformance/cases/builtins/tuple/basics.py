# description: tuple construction, singleton syntax, indexing/slicing, count/index, concat/repeat and comparisons
# features: [builtins, tuple]
# expect: output

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

t = (1, "two", 3.0, [4], (5,))
show("len", lambda: len(t))
show("singleton", lambda: ((1,), (1), type((1,)).__name__, type((1)).__name__))
show("empty", lambda: ((), tuple(), len(())))
show("slices", lambda: (t[1:3], t[::-1][:2], t[10:], t[-2:]))
show("slice type", lambda: type(t[1:]).__name__)
show("index", lambda: (t.index(3), t.index(3.0), t.index("two", 1, 2)))
show("index missing", lambda: t.index(99))
show("count", lambda: ((1, 1.0, True, 2).count(1), ().count(None)))
show("concat", lambda: (1, 2) + (3,))
show("concat list", lambda: (1, 2) + [3])
show("repeat", lambda: ((0,) * 3, 2 * ("a", "b"), (1,) * 0))
show("compare", lambda: ((1, 2) < (1, 2, 0), (1, 3) > (1, 2, 99), (2,) == (2.0,), () < (0,)))
show("compare mixed", lambda: (1, "a") < (1, 2))
show("tuple(iterables)", lambda: (tuple("ab"), tuple([1, 2]), tuple({"x": 1}), tuple(range(3))))
show("tuple(5)", lambda: tuple(5))
show("index error", lambda: t[5])
show("negative index", lambda: t[-5])
show("unpacking", lambda: (lambda a, b, *c: (a, b, c))(*t))
show("in", lambda: ([4] in t, 4 in t, (5,) in t))
show("repr", lambda: (repr((1,)), repr(()), str(("a", 1))))
show("nested repr", lambda: repr(((1, (2, (3,))), [])))
show("hash equal tuples", lambda: hash((1, 2)) == hash((1, 2)) and hash((1, "a")) == hash((1.0, "a")))
show("hash unhashable element", lambda: hash((1, [2])))
show("tuple as dict key", lambda: {(1, 2): "a"}[(1.0, 2)])
show("min/max/sum", lambda: (min((3, 1, 2)), max(("a", "b")), sum((1, 2, 3))))
class T(tuple):
    pass
show("subclass", lambda: (type(T((1, 2))).__name__, type(T((1, 2)) + (3,)).__name__, T((1,)) == (1,)))
