# description: ranges beyond sys.maxsize (len overflow, indexing still works) and range equality/hash by sequence
# features: [builtins, range, hashing]
# expect: output
import sys

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

big = range(10**20)
show("len(big)", lambda: len(big))
show("big.__len__", lambda: big.__len__())
show("big[-1]", lambda: big[-1])
show("big[10**19]", lambda: big[10**19])
show("big slice", lambda: big[10**19::10**18])
show("len of big slice", lambda: len(big[10**19::10**18]))
show("contains", lambda: 10**19 in big)
show("maxsize range len", lambda: len(range(sys.maxsize)) == sys.maxsize)
show("maxsize+1 len", lambda: len(range(sys.maxsize + 1)))
show("bool big", lambda: bool(big))
show("reversed big first", lambda: next(iter(reversed(range(10**20, 0, -10**19)))))
show("iter big", lambda: next(iter(big)))
show("eq same seq", lambda: (range(0) == range(5, 2), range(0, 3, 2) == range(0, 4, 2), range(1, 2, 5) == range(1, 3, 9)))
show("eq different", lambda: (range(3) == range(4), range(0, 10, 2) == range(0, 10, 3)))
show("eq list", lambda: range(3) == [0, 1, 2])
show("hash", lambda: (hash(range(0)) == hash(range(3, 1)), hash(range(0, 3, 2)) == hash(range(0, 4, 2)), hash(range(1, 2, 5)) == hash(range(1, 3, 9))))
show("as dict key", lambda: {range(0, 4, 2): "r"}[range(0, 3, 2)])
show("ordering", lambda: range(1) < range(2))
