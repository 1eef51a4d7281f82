# description: bisect_left/bisect_right/insort with lo/hi bounds and duplicates place items exactly as documented
# features: [bisect]
# expect: output

import bisect

a = [1, 2, 4, 4, 4, 7, 9]
for x in (0, 4, 5, 9, 10):
    print(f"x={x}: left={bisect.bisect_left(a, x)} right={bisect.bisect_right(a, x)} bisect={bisect.bisect(a, x)}")
print("lo/hi:", bisect.bisect_left(a, 4, 4), bisect.bisect_right(a, 4, 0, 3), bisect.bisect_left(a, 100, 2, 5))
b = [3, 5]
bisect.insort(b, 4)
bisect.insort_left(b, 5)
bisect.insort_right(b, 1)
print("insort:", b)
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print("ValueError:", e)
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print("grades:", [grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
pairs = [(1, "a"), (1, "c"), (2, "b")]
print("tuples:", bisect.bisect_left(pairs, (1, "b")), bisect.bisect_right(pairs, (1,)))
print("empty:", bisect.bisect([], 5))
print("unsorted input not checked:", bisect.bisect_left([5, 1, 3], 2))
try:
    bisect.insort((1, 2), 3)
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
