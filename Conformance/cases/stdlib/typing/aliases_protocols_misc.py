# description: typing odds and ends: NewType, Generic subclass chains, Protocol inheritance, TypedDict totality mixes, nested get_type_hints, Literal and Annotated details
# features: [typing, annotations, classes]
# min-version: 3.12
# expect: output

import typing
from typing import (Any, Callable, ClassVar, Dict, Final, Generic, Iterable, Iterator, List,
                    Literal, Mapping, NamedTuple, NewType, Optional, Protocol, Sequence,
                    Tuple, Type, TypedDict, TypeVar, Union, Annotated, get_args, get_origin,
                    get_type_hints, runtime_checkable, NotRequired)
import collections.abc

UserId = NewType("UserId", int)
u = UserId(5)
print(repr(UserId), u, type(u).__name__, UserId.__supertype__, UserId.__name__)
try:
    class Sub(UserId):
        pass
except TypeError as e:
    print("TypeError:", e)
print(repr(Optional[UserId]), repr(UserId | None))

T = TypeVar("T")
S = TypeVar("S")
class Stack(Generic[T]):
    def __init__(self):
        self.items: List[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
class Pair(Generic[T, S]):
    pass
class IntPair(Pair[int, S]):
    pass
print(IntPair.__parameters__, repr(IntPair[str]), IntPair.__orig_bases__)
print(Stack.__mro__)
print(repr(Stack[List[int]]), repr(Dict[str, Tuple[int, ...]]), repr(Callable[[], None]))
print(repr(Mapping[str, Any]), get_origin(Iterable[int]) is collections.abc.Iterable)
print(repr(Type[Stack]), repr(List["Stack"]), repr(Union[int, "str"]))
print(isinstance([], List), issubclass(list, Sequence), isinstance({}, Mapping), isinstance(iter([]), Iterator))
print(repr(T | int), repr(int | T), repr(Optional[T]))

@runtime_checkable
class SupportsClose(Protocol):
    def close(self) -> None: ...
@runtime_checkable
class SupportsCloseAndRead(SupportsClose, Protocol):
    def read(self) -> bytes: ...
class R:
    def close(self): pass
    def read(self): return b""
class C:
    def close(self): pass
print(isinstance(R(), SupportsCloseAndRead), isinstance(C(), SupportsCloseAndRead), isinstance(C(), SupportsClose))
print(sorted(typing.get_protocol_members(SupportsCloseAndRead)), typing.is_protocol(SupportsClose), typing.is_protocol(R))
print(isinstance(3, typing.SupportsInt), isinstance("x", typing.SupportsIndex), issubclass(float, typing.SupportsFloat))

class Base(TypedDict, total=False):
    a: int
class Derived(Base):
    b: str
    c: NotRequired[float]
print(sorted(Derived.__required_keys__), sorted(Derived.__optional_keys__), typing.is_typeddict(Derived), typing.is_typeddict(dict))
print(Derived(a=1, b="x"), Derived.__total__)

class Emp(NamedTuple):
    name: str
    salary: float = 0.0
e = Emp("x")
print(e, e._asdict(), Emp._make(["y", 2.0]), e.__class__.__mro__)

def f(x: "List[int]", y: Annotated[Optional[str], "meta"] = None, *, z: "Tuple[int, ...]" = ()) -> "Dict[str, T]":
    pass
print(get_type_hints(f))
print(get_type_hints(f, include_extras=True)["y"])
class K:
    a: "ClassVar[int]" = 1
    b: Final = 2
    c: "Annotated[int, 'x']"
print(get_type_hints(K), get_type_hints(K, include_extras=True)["c"])
print(get_args(Literal[1, Literal[2, 3]]), repr(Literal["a"] | None))
print(get_args(Annotated[Annotated[int, 1], 2]), Annotated[int, 1] == Annotated[int, 1], Annotated[int, 1] == Annotated[int, 2])
print(get_args(Callable[..., int]), get_args(Callable[[], int]), get_origin(Final[int]) is Final)
print(repr(ClassVar), repr(Final), repr(Union), repr(Literal), repr(typing.Generic), repr(typing.Protocol))
print(repr(typing.List), repr(typing.Callable), repr(typing.Tuple), repr(typing.Type), repr(typing.AnyStr))
print(typing.TYPE_CHECKING, typing.Text is str, repr(typing.LiteralString), repr(typing.TypeAlias))
try:
    Optional[int, str]
except TypeError as e:
    print("TypeError:", e)
try:
    List[int, str]
except TypeError as e:
    print("TypeError:", e)
try:
    Union[int, 3]
except TypeError as e:
    print("TypeError:", e)
try:
    class X(Union[int, str]):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    typing.Any()
except TypeError as e:
    print("TypeError:", e)
try:
    Generic[int]
except TypeError as e:
    print("TypeError:", e)
try:
    List()
except TypeError as e:
    print("TypeError:", e)
print(hash(Union[int, str]) == hash(Union[str, int]), Union[int, str] == (int | str), List[int] == List[int])
print(T.__name__, T.__bound__, T.__constraints__, T.__covariant__, T.__module__)
