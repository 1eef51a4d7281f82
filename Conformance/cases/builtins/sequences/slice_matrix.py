# description: slicing list/tuple/str/bytes/range with many start/stop/step combinations agrees with index arithmetic
# features: [builtins, slicing, list, tuple, str, bytes, range]
# expect: output
n = 7
bounds = [None, -9, -7, -3, -1, 0, 1, 3, 6, 7, 9]
steps = [None, 1, 2, 3, -1, -2, -3, 9, -9]
base_list = list(range(n))
seqs = {"tuple": tuple(base_list), "str": "abcdefg", "bytes": bytes(range(97, 104)), "range": range(n), "bytearray": bytearray(b"abcdefg")}
mismatch = 0
total = 0
for a in bounds:
    for b in bounds:
        for c in steps:
            sl = slice(a, b, c)
            expected = [base_list[i] for i in range(*sl.indices(n))]
            total += 1
            if base_list[sl] != expected:
                mismatch += 1
            for name, seq in seqs.items():
                got = seq[sl]
                as_idx = [ord(x) - 97 for x in got] if name == "str" else [x - 97 for x in got] if name in ("bytes", "bytearray") else list(got)
                if as_idx != expected:
                    mismatch += 1
print("combinations:", total, "mismatches:", mismatch)
for sl in [slice(None, None, -1), slice(-3, None), slice(None, -3, -2), slice(5, 1, -2), slice(1, 100, 4), slice(-100, -5)]:
    print(repr(sl), base_list[sl], seqs["str"][sl], seqs["range"][sl], seqs["bytes"][sl])
print("slice result types:", [type(s[1:3]).__name__ for s in seqs.values()])
