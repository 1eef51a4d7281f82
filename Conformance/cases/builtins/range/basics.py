# description: range len/indexing/slicing (slices are ranges), repr, negative steps and argument errors
# features: [builtins, range, slicing]
# expect: output

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

r = range(3, 20, 4)
show("list", lambda: list(r))
show("len", lambda: (len(r), len(range(0)), len(range(5, 0)), len(range(5, 0, -2)), len(range(-3, 3))))
show("attrs", lambda: (r.start, r.stop, r.step, range(5).start, range(5).step))
show("index", lambda: (r[0], r[-1], r[2]))
show("index out of range", lambda: r[5])
show("negative out of range", lambda: r[-6])
show("slice", lambda: r[1:3])
show("slice step", lambda: r[::2])
show("slice reverse", lambda: r[::-1])
show("slice out of bounds", lambda: r[10:20])
show("slice of negative range", lambda: range(10, 0, -3)[1:])
show("repr", lambda: (repr(range(5)), repr(range(1, 5)), repr(range(1, 5, 2)), str(range(0, -1, -1))))
show("step zero", lambda: range(1, 2, 0))
show("float arg", lambda: range(1.5))
show("str arg", lambda: range("3"))
show("no args", lambda: range())
show("four args", lambda: range(1, 2, 3, 4))
class Idx:
    def __index__(self):
        return 4
show("__index__ args", lambda: list(range(Idx())))
show("bool args", lambda: list(range(True, 5, True)))
show("reversed", lambda: list(reversed(range(1, 10, 3))))
show("reversed empty", lambda: list(reversed(range(5, 1))))
show("iter twice", lambda: (lambda x: (list(x), list(x)))(range(3)))
show("range is not iterator", lambda: next(range(3)))
show("unpack", lambda: (lambda a, b, c: a + b + c)(*range(3)))
show("kw args", lambda: range(stop=3))
show("bool", lambda: (bool(range(0)), bool(range(1)), bool(range(5, 5))))
show("index assign", lambda: r.__setitem__(0, 1))
