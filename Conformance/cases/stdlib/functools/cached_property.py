# description: cached_property computes once per instance, stores in __dict__, can be reset by del, and reports misuse errors
# features: [functools, descriptors]
# min-version: 3.12
# expect: output

from functools import cached_property

class Data:
    computed = 0
    def __init__(self, n):
        self.n = n
    @cached_property
    def total(self):
        "Sum of range."
        Data.computed += 1
        return sum(range(self.n))

d = Data(10)
print("first:", d.total, "second:", d.total, "computed:", Data.computed)
print("in __dict__:", d.__dict__)
d.total = 5
print("assigned:", d.total)
del d.total
print("after del recompute:", d.total, Data.computed)
print("class access:", type(Data.total).__name__)
print("attrname:", Data.total.attrname)
print("doc:", Data.total.__doc__)
e = Data(3)
print("per instance:", e.total, Data.computed)

try:
    class Twice:
        @cached_property
        def a(self):
            return 1
        b = a
except TypeError as e:
    print("TypeError:", e)

class Slotted:
    __slots__ = ("x",)
    @cached_property
    def y(self):
        return 1
try:
    Slotted().y
except TypeError as e:
    print("TypeError:", e)

cp = cached_property(lambda self: 1)
class Late:
    pass
Late.p = cp
try:
    Late().p
except TypeError as e:
    print("TypeError:", e)
