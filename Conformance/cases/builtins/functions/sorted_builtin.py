# description: sorted() always returns a new list from any iterable, keyword-only key/reverse, and leaves input intact
# features: [builtins, iterators]
# expect: output

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

src = [3, 1, 2]
out = sorted(src)
show("new list", lambda: (out, src, out is not src))
show("from tuple", lambda: sorted((b"b", b"a")))
show("from str", lambda: sorted("banana"))
show("from dict", lambda: sorted({"b": 1, "a": 2}))
show("from dict items by value", lambda: sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
show("from set", lambda: sorted({10, -1, 5}))
show("from generator", lambda: sorted(x % 7 for x in range(10)))
show("from range reversed", lambda: sorted(range(5), reverse=True))
show("key positional", lambda: sorted([1], len))
show("empty", lambda: sorted([]))
show("None iterable", lambda: sorted(None))
show("mixed", lambda: sorted([1, "1"]))
show("key=abs ties stable", lambda: sorted([-2, 2, -1, 1], key=abs))
show("tuples by second then first", lambda: sorted([(1, "b"), (2, "a"), (0, "b")], key=lambda t: (t[1], t[0])))
show("floats with -0.0 and 0.0 stable", lambda: sorted([0.0, -0.0, -1.0]))
show("bools and ints", lambda: sorted([True, 0, False, 1, -1]))
show("strings by case-insensitive", lambda: sorted(["b", "A", "a", "B"], key=str.casefold))
show("reverse keeps stability", lambda: sorted([(1, "x"), (0, "y"), (1, "z")], key=lambda t: t[0], reverse=True))
show("list.sort on a copy via sorted", lambda: sorted(sorted([3, 2, 1])))
