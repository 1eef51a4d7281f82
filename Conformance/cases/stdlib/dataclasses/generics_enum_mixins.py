# description: dataclasses with Generic/TypeVar fields, KW_ONLY inheritance, slots with InitVar, generic NamedTuple, overloads in classes, singledispatch on annotations and enums mixed with dataclasses
# features: [dataclasses, enum, typing]
# min-version: 3.12
# expect: output

import functools, dataclasses, enum, typing, inspect
from dataclasses import dataclass, field, KW_ONLY, InitVar
from typing import Generic, TypeVar, Protocol, Self, overload, get_overloads, NamedTuple

T = TypeVar("T")
B = TypeVar("B", bound="Box")
print(repr(B), B.__bound__)

@dataclass
class Box(Generic[T]):
    item: T
    extra: list[T] = field(default_factory=list)
    def me(self) -> Self:
        return self
b = Box[int](3)
print(b, b.__orig_class__, Box.__parameters__, inspect.signature(Box))
print(typing.get_type_hints(Box), typing.get_type_hints(Box.me))

@dataclass
class Base:
    a: int = 0
@dataclass
class Child(Base):
    b: int = field(kw_only=True)
    _: KW_ONLY
    c: int
print(Child(1, b=2, c=3), inspect.signature(Child))

@dataclass(slots=True)
class SP:
    x: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.x *= scale
print(SP(3), SP.__slots__, [f.name for f in dataclasses.fields(SP)])

class Proto(Protocol):
    x: int
@dataclass
class Impl:
    x: int
print(Impl(1))

class Pt(NamedTuple, Generic[T]):
    x: T
    y: T
print(Pt(1, 2), Pt[int])

class Arith:
    @overload
    def go(self, x: int) -> int: ...
    @overload
    def go(self, x: str) -> str: ...
    def go(self, x):
        return x
print(len(get_overloads(Arith.go)), Arith().go(3))

@functools.singledispatch
def show(x):
    return "obj"
@show.register
def _(x: int):
    return "int"
@show.register
def _(x: bytes | str):
    return "list-or-str" if False else "ls"
print(show(1), show("a"), show(2.0))

class Color(enum.Enum):
    RED = 1
    GREEN = 2
@dataclass
class Pixel:
    color: Color = Color.RED
print(Pixel(), dataclasses.asdict(Pixel()), dataclasses.astuple(Pixel(Color.GREEN)))

@dataclass(frozen=True)
class FP:
    x: int
class Planet(FP, enum.Enum):
    A = 1
    B = 2
print(repr(Planet.A), Planet.A.x, str(Planet.B))

class Dir(enum.Enum):
    N = enum.auto()
    S = enum.auto()
    @enum.property
    def flip(self):
        return Dir.S if self is Dir.N else Dir.N
print(Dir.N.flip, Dir.S.flip)

class Ex(enum.IntFlag, boundary=enum.STRICT):
    A = 1
    B = 2
try:
    Ex(4)
except ValueError as e:
    print("ValueError:", e)
class St(enum.StrEnum):
    A = "a"
print(St.A == "a", St("a"), St.A in ["a"], {"a": 1}[St.A])
print(enum.Enum.__dict__.get('name').__class__.__name__)
@enum.unique
class U(enum.IntEnum):
    X = 1
print(U.X)
print(enum.IntEnum.__mro__, enum.IntFlag.__mro__)
print(dataclasses.fields(Box)[0].type, dataclasses.fields(Box)[1].type)
print(typing.get_origin(Box[int]) is Box, Box[int] == Box[int], repr(Box[typing.List[int]]))
