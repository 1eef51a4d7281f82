# description: slice objects: attributes, indices() clamping for all step signs, errors, repr and equality
# features: [builtins, slicing]
# expect: output

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

for s in [slice(None), slice(2, 8), slice(-3, None), slice(None, None, -1), slice(10, -10, -2), slice(-100, 100, 3),
          slice(5, 2), slice(None, -1, -1), slice(2**80, None), slice(None, None, 2**80), slice(-2**80, 5, -1)]:
    print(repr(s), "indices(10) ->", s.indices(10), "len", len(range(*s.indices(10))), "matches", list(range(10))[s] == list(range(*s.indices(10))))
show("indices(0)", lambda: slice(1, 5).indices(0))
show("indices(-1)", lambda: slice(1, 5).indices(-1))
show("step 0", lambda: slice(None, None, 0).indices(5))
show("bad type", lambda: slice("a", None).indices(5))
show("attrs", lambda: (slice(1, 2, 3).start, slice(1, 2, 3).stop, slice(1, 2, 3).step, slice(4).start, slice(4).stop))
show("non-int attrs allowed", lambda: slice("a", [1], 2.5))
show("eq", lambda: (slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1) == slice(None, 1)))
show("ordering", lambda: (slice(1, 2) < slice(1, 3), slice(0) <= slice(0)))
show("no args", lambda: slice())
show("readonly", lambda: setattr(slice(1), "start", 5))
show("custom getitem receives slice", lambda: type("G", (), {"__getitem__": lambda self, k: k})()[1:2:3])
show("tuple of slices", lambda: type("G", (), {"__getitem__": lambda self, k: k})()[1:2, ::3, 4])
show("ellipsis index", lambda: type("G", (), {"__getitem__": lambda self, k: k})()[..., 1])
