# description: a sorted-list class built on bisect supports find_lt/find_le/find_gt/find_ge/range queries
# features: [bisect, classes]
# expect: output

from bisect import bisect_left, bisect_right, insort

class SortedList:
    def __init__(self, items=()):
        self._a = sorted(items)
    def add(self, x):
        insort(self._a, x)
    def remove(self, x):
        i = bisect_left(self._a, x)
        if i != len(self._a) and self._a[i] == x:
            del self._a[i]
        else:
            raise ValueError(f"{x!r} not in list")
    def find_lt(self, x):
        i = bisect_left(self._a, x)
        if i:
            return self._a[i - 1]
        raise ValueError("no item less than", x)
    def find_ge(self, x):
        i = bisect_left(self._a, x)
        if i != len(self._a):
            return self._a[i]
        raise ValueError("no item >=", x)
    def find_le(self, x):
        i = bisect_right(self._a, x)
        return self._a[i - 1] if i else None
    def find_gt(self, x):
        i = bisect_right(self._a, x)
        return self._a[i] if i != len(self._a) else None
    def between(self, lo, hi):
        return self._a[bisect_left(self._a, lo):bisect_right(self._a, hi)]
    def count(self, x):
        return bisect_right(self._a, x) - bisect_left(self._a, x)
    def __repr__(self):
        return f"SortedList({self._a})"

s = SortedList([40, 10, 30, 20, 30])
s.add(25)
print(s)
print("lt/le/gt/ge 30:", s.find_lt(30), s.find_le(30), s.find_gt(30), s.find_ge(30))
print("between 15..30:", s.between(15, 30), "count 30:", s.count(30))
s.remove(30)
print("after remove:", s)
try:
    s.remove(99)
except ValueError as e:
    print("ValueError:", e)
try:
    s.find_lt(10)
except ValueError as e:
    print("ValueError:", e.args)
print("le below min:", s.find_le(5), "gt above max:", s.find_gt(40))
