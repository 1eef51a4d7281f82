# description: frozen dataclasses raise FrozenInstanceError on assignment/deletion, are hashable, and cannot mix with non-frozen bases
# features: [dataclasses]
# expect: output

from dataclasses import dataclass, FrozenInstanceError, field
import dataclasses

@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float
    tags: tuple = ()

c = Coord(1.5, 2.5)
try:
    c.lat = 0
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    del c.lon
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    c.new_attr = 1
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print("is AttributeError:", issubclass(FrozenInstanceError, AttributeError))
print("hashable:", hash(c) == hash(Coord(1.5, 2.5)), len({c, Coord(1.5, 2.5)}))
print("hash matches tuple:", hash(c) == hash((1.5, 2.5, ())))
@dataclass(frozen=True)
class Derived:
    a: int
    b: int = field(init=False)
    def __post_init__(self):
        object.__setattr__(self, "b", self.a * 2)
print("post_init via object.__setattr__:", Derived(4))
try:
    @dataclass
    class Thawed(Coord):
        extra: int = 0
except TypeError as e:
    print("TypeError:", e)
@dataclass
class Mutable:
    x: int
try:
    @dataclass(frozen=True)
    class Refrozen(Mutable):
        y: int = 0
except TypeError as e:
    print("TypeError:", e)
print("replace works:", dataclasses.replace(c, lat=9.0))
print("params:", Coord.__dataclass_params__.frozen)
