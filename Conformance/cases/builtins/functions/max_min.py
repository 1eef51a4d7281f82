# description: max()/min() with iterables vs varargs, key, default, ties (first wins) and error messages
# features: [builtins, iterators]
# min-version: 3.13
# expect: output

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

show("varargs", lambda: (max(3, 1, 2), min(3, 1, 2)))
show("iterable", lambda: (max([3, 1, 2]), min("hello"), max({"a": 1, "z": 0})))
show("key", lambda: (max(["aa", "b", "ccc"], key=len), min(["aa", "b", "ccc"], key=len)))
show("ties keep first", lambda: (max([(1, "a"), (1, "b")], key=lambda t: t[0]), min(["x", "y", "z"], key=lambda s: 0)))
show("default on empty", lambda: (max([], default="none"), min((), default=None)))
show("empty no default", lambda: max([]))
show("empty min no default", lambda: min(iter([])))
show("default with varargs", lambda: max(1, 2, default=0))
show("single non-iterable", lambda: max(5))
show("no args", lambda: max())
show("mixed types", lambda: max([1, "a"]))
show("key None", lambda: max([1, 3, 2], key=None))
show("unexpected kw", lambda: max([1], foo=1))
show("nan behaviour", lambda: (max([float("nan"), 1]), max([1, float("nan")])))
show("bool/int", lambda: (max(True, 1), max(1, True), min(0, False)))
show("generator", lambda: max(x * x for x in range(-5, 3)))
show("strings", lambda: (max("apple", "Banana"), min(["b", "A", "a"])))
show("key raises", lambda: max([1, 2], key=lambda x: 1 / (x - 1)))
show("default ignored when nonempty", lambda: min([4, 2], default=99))
show("two iterables compared as objects", lambda: max([1, 2], [1, 3]))
