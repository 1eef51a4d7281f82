# description: itertools.batched(strict=True) raises ValueError on an incomplete final batch after yielding the full ones
# features: [itertools]
# min-version: 3.13
# expect: output

from itertools import batched

print("strict exact:", list(batched("abcd", 2, strict=True)))
b = batched("abcde", 2, strict=True)
got = []
try:
    for t in b:
        got.append(t)
except ValueError as e:
    print("ValueError:", e)
print("yielded before error:", got)
