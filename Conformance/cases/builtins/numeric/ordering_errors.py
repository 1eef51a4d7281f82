# description: < between incompatible builtin types raises TypeError with exact messages; compatible pairs order correctly
# features: [builtins, operators]
# expect: output
values = [1, 2.5, "a", b"a", None, [1], (1,), {1}, {1: 1}, 1j, range(1)]
for a in values:
    row = []
    for b in values:
        try:
            row.append("T" if a < b else "F")
        except TypeError:
            row.append("x")
    print(f"{type(a).__name__:>8}", "".join(row))
for a, b in [(1, "1"), ("a", b"a"), (None, None), ([1], (1,)), ({1}, [1]), (1j, 1), (range(1), range(2))]:
    try:
        a < b
    except TypeError as e:
        print("!", e)
print("set < is subset:", {1} < {1, 2}, frozenset({1}) < {1, 2})
print("str/bytes ordering:", "B" < "a", b"B" < b"a", "\xe9" < "f", [1, 2] < [1, 2, 0], (1, "b") < (1, "c"))
