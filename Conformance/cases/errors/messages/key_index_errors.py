# description: KeyError str/repr of keys and IndexError messages for list, tuple, str, range, bytes and pops
# features: [exceptions, dict, list]
# expect: output

def show(fn):
    try:
        fn()
        print("no error")
    except (LookupError, ValueError) as e:
        print(f"{type(e).__name__}: str={str(e)} repr={e!r} args={e.args!r}")

d = {"a": 1}
show(lambda: d["missing"])
show(lambda: d[42])
show(lambda: d[(1, "x")])
show(lambda: d[""])
show(lambda: d[None])
show(lambda: {}.pop("p"))
show(lambda: {}.popitem())
show(lambda: set().pop())
show(lambda: set().remove("r"))
show(lambda: {1: 2}[frozenset({1})])
show(lambda: [1, 2, 3][3])
show(lambda: [1, 2, 3][-4])
show(lambda: (1,)[5])
show(lambda: "abc"[10])
show(lambda: range(3)[3])
show(lambda: b"ab"[2])
show(lambda: bytearray(b"a")[5])
show(lambda: [].pop())
show(lambda: [1].pop(5))
show(lambda: [].insert(5, 1) or [][0])
show(lambda: [1, 2].index(9))
show(lambda: "abc".index("z"))
def assign():
    lst = [1]
    lst[3] = 0
show(assign)

# KeyError with a message-like argument still uses repr
show(lambda: (_ for _ in ()).throw(KeyError("a message")))
# KeyError with multiple args
try:
    raise KeyError("a", "b")
except KeyError as e:
    print("multiple args:", str(e))
try:
    raise KeyError()
except KeyError as e:
    print("no args:", repr(str(e)))
print("hierarchy:", issubclass(KeyError, LookupError), issubclass(IndexError, LookupError))
