# description: cast, overload/get_overloads, final, Final, Any, NoReturn and assert_never behave as documented at runtime
# features: [typing, decorators]
# min-version: 3.11
# expect: output

from typing import (cast, overload, get_overloads, final, Final, Any, assert_never, assert_type,
                    reveal_type, Literal, Never, Self, ClassVar)
import typing

x = [1, 2]
print("cast returns same object:", cast(list[str], x) is x, cast("int", "s"))

@overload
def double(v: int) -> int: ...
@overload
def double(v: str) -> str: ...
def double(v):
    return v * 2
print("implementation:", double(2), double("ab"))
print("overloads registered:", len(get_overloads(double)))
@overload
def only_overload(v: int) -> int: ...
try:
    only_overload(1)
except NotImplementedError as e:
    print("NotImplementedError:", e)

@final
class Leaf:
    @final
    def m(self):
        pass
print("final attrs:", Leaf.__final__, Leaf.m.__final__)
MAX: Final = 10
print("Final repr:", repr(Final[int]), repr(ClassVar[int]))
print("Any:", repr(Any), repr(Never), repr(Self), repr(typing.NoReturn))
try:
    isinstance(1, Any)
except TypeError as e:
    print("TypeError:", e)
class Sub(Any):
    pass
print("subclass Any ok:", Sub.__mro__[1] is Any)
try:
    assert_never(5)
except AssertionError as e:
    print("AssertionError:", e)
print("assert_type returns value:", assert_type(3, int))
print("Literal dedupes:", repr(Literal[1, 2, 1]), Literal[1, 2] == Literal[2, 1])
try:
    Final[int, str]
except TypeError as e:
    print("TypeError:", e)
