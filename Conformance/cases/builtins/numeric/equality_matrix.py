# description: == and != across builtin types (numbers, str, bytes, None, sequences, sets, dicts, ranges)
# features: [builtins, operators]
# expect: output
values = [0, 0.0, False, 0j, 1, 1.0, True, "", "0", b"", b"0", bytearray(b"0"), None, [], (), set(), frozenset(),
          {}, range(0), [0], (0,), {0}, {0: 0}, range(1)]
names = [repr(v) for v in values]
for i, a in enumerate(values):
    eq = [j for j, b in enumerate(values) if a == b]
    ne_consistent = all((a != b) == (not a == b) for b in values)
    print(f"{names[i]:>15} == {[names[j] for j in eq]} ne-consistent:{ne_consistent}")
