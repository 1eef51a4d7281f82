# description: bisect functions with key= (3.10+) compare key(element) against x, and insort applies key to the new item
# features: [bisect]
# min-version: 3.10
# expect: output

import bisect
from operator import itemgetter

records = [("ann", 21), ("bob", 25), ("cid", 25), ("dee", 30)]
ages = itemgetter(1)
print("left:", bisect.bisect_left(records, 25, key=ages), "right:", bisect.bisect_right(records, 25, key=ages))
bisect.insort(records, ("eve", 25), key=ages)
bisect.insort_left(records, ("fay", 25), key=ages)
print("insort key:", records)
words = ["a", "bb", "dddd"]
bisect.insort(words, "ccc", key=len)
print("by len:", words)
print("key with lo/hi:", bisect.bisect_left(records, 30, 1, 3, key=ages))
class Obj:
    def __init__(self, v):
        self.v = v
objs = [Obj(1), Obj(5), Obj(9)]
print("objects:", bisect.bisect_left(objs, 6, key=lambda o: o.v))
try:
    bisect.bisect_left(objs, Obj(6))
except TypeError as e:
    print("TypeError:", e)
