# description: typing.Union/Optional and X | Y unions flatten, deduplicate, compare unordered and have CPython's reprs
# features: [typing, annotations]
# min-version: 3.11
# expect: output

from typing import Union, Optional, get_args, get_origin, Any
import types

print(repr(Optional[int]), repr(Union[int, str]), repr(Union[int, None, str]))
print(repr(int | str), repr(int | None), repr(list[int] | None))
print("flatten:", repr(Union[int, Union[str, bytes]]), repr(Union[int, str, int]))
print("single collapses:", Union[int] is int, Union[int, int] is int)
print("equality unordered:", Union[int, str] == Union[str, int], (int | str) == (str | int))
print("Optional == Union None:", Optional[str] == Union[str, None], Optional[str] == (str | None))
print("args:", get_args(Union[int, str]), get_args(int | None), get_args(Optional[Union[int, str]]))
print("origin:", get_origin(Union[int, str]) is Union, get_origin(int | str) is types.UnionType)
print("isinstance with |:", isinstance(3, int | str), isinstance(3.0, int | str), issubclass(bool, int | None))
print("isinstance with Union:", isinstance("s", Union[int, str]))
print("type of |:", type(int | str).__name__)
print("Optional of Optional:", repr(Optional[Optional[int]]))
print("Any absorbs nothing:", repr(Union[int, Any]))
try:
    Union[()]
except TypeError as e:
    print("TypeError:", e)
try:
    int | 5
except TypeError as e:
    print("TypeError:", e)
