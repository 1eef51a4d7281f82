# description: dataclass edge cases: NaN field equality, slots with zero-arg super, string InitVar/ClassVar annotations, user-defined methods kept, default tuples in __init__.__defaults__
# features: [dataclasses]
# min-version: 3.13
# expect: output

import dataclasses, inspect
from dataclasses import dataclass, field
nan = float('nan')
@dataclass
class N:
    x: float
print(N(nan) == N(nan))
@dataclass(slots=True)
class S:
    x: int
    def get(self):
        return super().__repr__()
try:
    print(S(1).get()[:3])
except TypeError as e:
    print("TypeError:", e)
print(N.__doc__, N.__init__.__doc__, N.__eq__.__qualname__)
@dataclass
class D:
    a: int
    b: "int"
    c: 'dataclasses.InitVar[int]' = 3
    d: "ClassVar[int]" = 4
print([f.name for f in dataclasses.fields(D)], D.__dataclass_fields__['c']._field_type)
@dataclass
class WithProp:
    _x: int = 0
    @property
    def x(self): return self._x
print(WithProp(5).x)
@dataclass
class Defaults:
    a: int = 1
    b: tuple = (1, 2)
    c: frozenset = frozenset()
    d: object = None
print(Defaults(), Defaults.a, Defaults.__init__.__defaults__)
@dataclass(repr=False)
class NR:
    a: int
    def __repr__(self): return "custom"
print(NR(1))
@dataclass
class OwnRepr:
    a: int
    def __repr__(self): return "own"
print(OwnRepr(1), OwnRepr.__repr__.__qualname__)
try:
    @dataclass
    class M:
        x: int = field(default_factory=list, default=1)
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class CV:
        from typing import ClassVar
        x: ClassVar[int] = field(kw_only=True, default=1)
except TypeError as e:
    print("TypeError:", e)
print(dataclasses.astuple(Defaults()), dataclasses.asdict(Defaults(d=[{1: N(2)}])))
@dataclass(order=True, frozen=True)
class V:
    a: int
    b: str = ""
print(sorted({V(2), V(1, "z"), V(1, "a")}), V(1) < V(1, "a"), V(2) >= V(1, "zz"))
