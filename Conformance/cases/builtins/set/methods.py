# description: set methods accept any iterables (multiple args), update variants, add/discard/remove/pop errors
# features: [builtins, set]
# expect: output

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

s = {1, 2, 3}
show("union multi", lambda: s.union([4], (5,), range(6, 8), []))
show("intersection multi", lambda: s.intersection([1, 2, 9], {2, 1}))
show("intersection none", lambda: s.intersection())
show("difference multi", lambda: s.difference([1], (2,)))
show("symmetric_difference list", lambda: s.symmetric_difference([3, 4]))
show("symmetric_difference 2 args", lambda: s.symmetric_difference([3], [4]))
show("issubset iterable", lambda: ({1, 2}.issubset([1, 2, 3]), {1, 9}.issubset(range(5))))
show("issuperset iterable", lambda: s.issuperset((1, 2)))
show("isdisjoint", lambda: (s.isdisjoint([4, 5]), s.isdisjoint(iter([3]))))
t = set()
t.add(1); t.add(1); t.add((2, 3))
show("add", lambda: t)
show("add unhashable", lambda: t.add([1]))
t.discard(99)
t.discard(1)
show("discard", lambda: t)
show("remove missing", lambda: t.remove(42))
show("remove unhashable", lambda: t.remove([1]))
show("discard unhashable", lambda: t.discard({}))
u = {5, 6}
u.update([7], {8}, range(9, 10))
show("update multi", lambda: u)
u.intersection_update([5, 6, 7, 100], range(6, 8))
show("intersection_update", lambda: u)
u.difference_update({6}, [])
show("difference_update", lambda: u)
u.symmetric_difference_update([7, 70])
show("symmetric_difference_update", lambda: u)
show("pop single", lambda: (u.pop(), u))
show("pop empty", lambda: set().pop())
show("copy", lambda: (lambda c: (c, c is not s))(s.copy()))
show("clear", lambda: (lambda c: (c.clear(), c))(set(s)))
show("frozenset has no add", lambda: frozenset().add(1))
show("frozenset union returns frozenset", lambda: type(frozenset({1}).union([2])).__name__)
show("set in set (frozenset lookup)", lambda: frozenset({1, 2}) in {frozenset({1, 2})})
show("set() constructor forms", lambda: (set("aab") == {"a", "b"}, set(range(3)), set({1: "x"}), set()))
show("set(5)", lambda: set(5))
show("set kw", lambda: set(iterable=[1]))
