# description: kw_only (flag, KW_ONLY sentinel, per-field) moves fields to keyword-only parameters and out of __match_args__
# features: [dataclasses, control-flow]
# min-version: 3.10
# expect: output

from dataclasses import dataclass, field, KW_ONLY
import inspect

@dataclass(kw_only=True)
class A:
    x: int
    y: int = 0
print("kw_only class:", inspect.signature(A), A.__match_args__)
try:
    A(1)
except TypeError as e:
    print("TypeError:", e)

@dataclass
class B:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int
print("KW_ONLY sentinel:", inspect.signature(B), B.__match_args__)
print("repr:", B(5, c=3))

@dataclass
class C:
    a: int = 0
    b: int = field(kw_only=True)
    c: int = 2
print("per-field:", inspect.signature(C), C.__match_args__)

@dataclass(match_args=False)
class D:
    p: int
print("match_args=False:", hasattr(D, "__match_args__"))

@dataclass
class Shape:
    kind: str
    size: int
    _: KW_ONLY
    color: str = "black"

def describe(s):
    match s:
        case Shape("circle", r):
            return f"circle r={r}"
        case Shape(kind, size, color="red"):
            return f"red {kind} {size}"
        case Shape(kind=k):
            return f"other {k}"
for s in (Shape("circle", 3), Shape("square", 2, color="red"), Shape("tri", 1)):
    print(describe(s))
try:
    @dataclass
    class Two:
        _: KW_ONLY
        a: int
        __: KW_ONLY
except TypeError as e:
    print("TypeError:", e)
