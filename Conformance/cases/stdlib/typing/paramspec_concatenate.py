# description: ParamSpec, Concatenate and Callable with ParamSpec produce CPython's reprs and P.args/P.kwargs attributes
# features: [typing, decorators]
# min-version: 3.11
# expect: output

from typing import Callable, Concatenate, ParamSpec, TypeVar, get_args, get_origin
import functools

P = ParamSpec("P")
R = TypeVar("R")

def logged(fn: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(fn)
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        print(f"  call {fn.__name__}{args}{kwargs}")
        return fn(*args, **kwargs)
    return inner

@logged
def add(a: int, b: int = 0) -> int:
    return a + b
print("result:", add(1, b=2))
print("P repr:", repr(P), repr(P.args), repr(P.kwargs))
print("P.args origin:", P.args.__origin__ is P)
print("Callable[P, R]:", repr(Callable[P, R]))
print("Concatenate:", repr(Callable[Concatenate[int, P], R]))
print("get_args:", get_args(Callable[P, R]), get_origin(Concatenate[int, P]) is Concatenate)
print("substitution:", repr(Callable[P, R][[int, str], bool]))
print("ellipsis substitution:", repr(Callable[P, R][..., int]))
try:
    Concatenate[int]
except TypeError as e:
    print("TypeError:", e)
