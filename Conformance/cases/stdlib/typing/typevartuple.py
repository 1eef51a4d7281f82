# description: TypeVarTuple with Unpack / star syntax in Generic, Tuple and tuple subscripts, partial substitution and arity errors
# features: [typing]
# min-version: 3.11
# expect: output

from typing import *
Ts = TypeVarTuple("Ts")
T = TypeVar("T")
print(repr(Ts), repr(Unpack[Ts]), repr([*Ts][0]), repr(tuple[*Ts]), repr(Tuple[int, *Ts]))
class A(Generic[*Ts]):
    pass
print(A[int, str], A[()], A.__parameters__, get_args(A[int, str]))
class B(Generic[T, *Ts]):
    pass
print(B[int], B[int, str, bytes], B.__parameters__)
Alias = B[float, *Ts]
print(Alias, Alias.__parameters__, Alias[int, str])
try:
    B[()]
except TypeError as e:
    print("TypeError:", e)
print(get_args(Unpack[Ts]), get_origin(Unpack[Ts]) is Unpack, Ts.__name__)
try:
    class C(Generic[*Ts, *Ts]): pass
except TypeError as e:
    print("TypeError:", e)
