# description: builtin and typing generic aliases (list[int], dict[str, int], Callable, tuple[int, ...]) with reprs and get_origin/get_args
# features: [typing, annotations]
# min-version: 3.11
# expect: output

import typing
import collections.abc as cabc
from typing import get_origin, get_args, List, Dict, Callable, Tuple, Literal, Annotated

print(repr(list[int]), repr(dict[str, list[int]]), repr(tuple[int, ...]), repr(tuple[()]))
print(repr(List[int]), repr(Dict[str, int]), repr(Tuple[int, str]))
print("origin:", get_origin(list[int]), get_origin(List[int]), get_origin(Dict[str, int]), get_origin(int))
print("args:", get_args(dict[str, list[int]]), get_args(Tuple[int, ...]), get_args(int))
print("Callable:", repr(Callable[[int, str], bool]), repr(Callable[..., int]), repr(cabc.Callable[[int], str]))
print("Callable args:", get_args(Callable[[int, str], bool]), get_origin(Callable[[int], str]))
print("Literal:", repr(Literal[1, "a", True]), get_args(Literal["x", "y"]))
print("Annotated:", repr(Annotated[int, "meta"]), get_args(Annotated[int, "meta", 5]), get_origin(Annotated[int, "m"]) is Annotated)
print("alias instantiation:", list[int]([1, 2]), type(list[int]()).__name__)
print("alias eq:", list[int] == list[int], list[int] == List[int], list[int] == list[str])
print("isinstance plain ok:", isinstance([], list))
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)
print("abc alias:", repr(cabc.Mapping[str, int]), get_origin(cabc.Mapping[str, int]) is cabc.Mapping)
print("nested origin:", get_origin(dict[str, list[int]]), get_args(get_args(dict[str, list[int]])[1]))
print("__args__:", list[int].__args__, "__origin__:", list[int].__origin__)
print("type[int]:", repr(type[int]), repr(typing.Type[int]))
