# description: sum/min/max over heterogeneous numeric and non-numeric iterables and iterator inputs
# features: [builtins, iterators]
# expect: output

def show(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

show("sum ints/bool", lambda: sum([1, True, False]))
show("sum float start", lambda: sum([1, 2], 0.0))
show("sum complex start", lambda: sum([1, 2], 0j))
show("sum huge ints", lambda: sum(range(10**6)))
show("sum big float mix", lambda: sum([1e100, 1, -1e100]))
show("sum iterator", lambda: sum(iter([1, 2, 3])))
show("sum dict values", lambda: sum({"a": 1, "b": 2}.values()))
show("sum start non-number", lambda: sum([[1]], start=[0]))
show("sum None", lambda: sum([None]))
show("min of mixed numbers", lambda: min([3, 2.5, True]))
show("max of mixed numbers", lambda: max([3, 2.5, True, 3.0]))
show("max of equal int/float keeps first", lambda: (max(3, 3.0), max(3.0, 3)))
show("min of strings", lambda: min(["b", "a", "aa"]))
show("max of tuples", lambda: max([(1, 2), (1, 3), (0, 9)]))
show("max of sets (partial order)", lambda: max([{1}, {2}]))
show("min with key on dict", lambda: min({"x": 3, "y": 1}, key={"x": 3, "y": 1}.get))
show("max of ranges", lambda: max(range(3), range(5), key=len))
