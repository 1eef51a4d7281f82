# description: from __future__ import annotations (PEP 563) stores annotations as unparsed source text; dataclasses, get_type_hints and inspect.signature work with them
# features: [typing, annotations, dataclasses]
# expect: output

from __future__ import annotations
import typing
x: int | None
y: dict[str, list[tuple[int, ...]]] = {}
def f(a: "quoted", b: list[int] = [], *c: (int, str), d: Callable[[int], str] | None = None, **e: -1 + 2 * 3 ** -4) -> Tuple[()]: pass
print(__annotations__)
print(f.__annotations__)
class C:
    a: lambda x, *y, z=1, **w: x if y else z
    b: [i for i in range(3) if i] 
    c: {1: 2, **{}} 
    d: not a or b and c
    e: a < b <= c is not d
    f: x[1:2, ::3]
    g: f"{x!r:>{w}} {{" 
    i: 1.5e300 * 1j
    j: b"by" + 'it\'s'
    k: ...
    l: a.b.c(*d, e=f)
    m: (1).real
    n: (*a,)
    o: x[()] 
    p: {a, b}
    r: -(-x) ** 2
    s: (a, b)[0]
    t: 1e400
print(C.__annotations__)
import dataclasses, typing
from dataclasses import dataclass, field, InitVar, KW_ONLY
from typing import ClassVar, Optional
@dataclass
class A:
    x: int
    y: Optional[A] = None
    z: ClassVar[int] = 3
    w: InitVar[int] = 0
    _: KW_ONLY
    k: list[int] = field(default_factory=list)
    def __post_init__(self, w):
        self.x += w
print(A(1, w=2), [f.name for f in dataclasses.fields(A)], A.__annotations__)
print({k: v for k, v in typing.get_type_hints(A).items() if k != "_"})
import inspect
print(inspect.signature(A))
class P(typing.NamedTuple):
    a: int
    b: str = "x"
print(P(1), P.__annotations__)
class TD(typing.TypedDict):
    q: typing.NotRequired[int]
    r: int
print(sorted(TD.__required_keys__), sorted(TD.__optional_keys__))
