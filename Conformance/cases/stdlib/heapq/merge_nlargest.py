# description: heapq.merge with key/reverse and nlargest/nsmallest with key, n edge cases and stable tie order
# features: [heapq]
# expect: output

import heapq

print("merge:", list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print("merge key:", list(heapq.merge(["a", "ccc"], ["bb", "dddd"], key=len)))
print("merge reverse:", list(heapq.merge([9, 5, 1], [8, 2], reverse=True)))
print("merge stable:", list(heapq.merge([(1, "a1"), (2, "a2")], [(1, "b1"), (2, "b2")], key=lambda t: t[0])))
print("merge empty:", list(heapq.merge()), list(heapq.merge([], [1])))
mg = heapq.merge([1, 3], [2])
print("merge lazy iterator:", iter(mg) is mg, next(mg), list(mg))
nums = [5, 1, 8, 3, 9, 2, 7, 8]
print("nlargest:", heapq.nlargest(3, nums), "nsmallest:", heapq.nsmallest(3, nums))
print("n=0:", heapq.nlargest(0, nums), "n<0:", heapq.nsmallest(-2, nums))
print("n bigger:", heapq.nsmallest(20, nums))
print("n=1:", heapq.nlargest(1, nums), heapq.nsmallest(1, iter(nums)))
words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print("key:", heapq.nlargest(2, words, key=len), heapq.nsmallest(3, words, key=len))
print("key ties stable:", heapq.nsmallest(2, ["bb", "aa", "cc"], key=len), heapq.nlargest(2, ["bb", "aa", "cc"], key=len))
print("dicts:", heapq.nsmallest(2, [{"p": 3}, {"p": 1}, {"p": 2}], key=lambda d: d["p"]))
print("generator input:", heapq.nlargest(2, (x * x for x in range(-5, 3))))
