# description: len() protocol and limits, hash() of equal numerics and None-like values, id() relationships only
# features: [builtins, hashing]
# expect: output
import sys

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

show("len builtins", lambda: (len("abc"), len(b"ab"), len([1]), len((1, 2)), len({1: 1}), len({1}), len(range(5)), len(frozenset())))
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
show("len custom", lambda: len(L(7)))
show("len negative", lambda: len(L(-1)))
show("len float", lambda: len(L(1.5)))
show("len huge", lambda: len(L(sys.maxsize + 1)))
show("len bool", lambda: (len(L(True)), type(len(L(True))).__name__))
show("len of int", lambda: len(5))
show("len of generator", lambda: len(x for x in []))
show("hash numeric equal", lambda: (hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(-0.0), hash(2.5) == hash(2.5)))
show("hash complex eq real", lambda: hash(3 + 0j) == hash(3))
show("hash str equal content", lambda: hash("ab" + "c") == hash("abc"))
show("hash tuple equal content", lambda: hash((1, "a")) == hash((1, "a")))
show("hash None stable", lambda: hash(None) == hash(None))
show("hash unhashable", lambda: hash([]))
show("hash dict", lambda: hash({}))
show("hash returns int", lambda: all(isinstance(hash(x), int) for x in (1, "s", None, (), 1.5, frozenset())))
a = [1]
b = [1]
show("id same object", lambda: id(a) == id(a))
show("id distinct live objects", lambda: id(a) != id(b))
show("is vs ==", lambda: (a == b, a is b, a is a))
show("id is int", lambda: isinstance(id(a), int))
show("None/True singletons", lambda: (id(None) == id(None), True is (1 == 1)))
