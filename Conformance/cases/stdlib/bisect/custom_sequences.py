# description: bisect searches any sequence with __len__/__getitem__ (range, lazy computed sequences) and only touches O(log n) items
# features: [bisect]
# min-version: 3.10
# expect: output

import bisect

print("range:", bisect.bisect_left(range(0, 100, 5), 42), bisect.bisect_right(range(0, 100, 5), 45))

class Squares:
    def __init__(self, n):
        self.n = n
        self.touched = 0
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        self.touched += 1
        return i * i

sq = Squares(10 ** 9)
i = bisect.bisect_left(sq, 10 ** 12)
print("first square >= 10**12 at index:", i, "touched items:", sq.touched)
target = 2 * 10 ** 10
i = bisect.bisect_right(Squares(10 ** 6), target) - 1
print("integer sqrt via bisect:", i, i * i <= target < (i + 1) ** 2)
k = bisect.bisect_left(range(1, 10 ** 6), True, key=lambda n: n ** 3 > 10 ** 9 + 7)
print("key on range (first n with n**3 > 1e9+7):", k + 1)
print("hi default uses len:", bisect.bisect(Squares(5), 100))
print("hi=None means len:", bisect.bisect_left([1, 2, 3], 3, 0, None), "lo past hi:", bisect.bisect_left([1, 2, 3], 0, 2, 1))
