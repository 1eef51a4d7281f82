# description: inspect.signature renders annotated signatures (typing names unqualified), binds arguments, and handles classes, methods, partials and wrapped functions
# features: [typing, annotations, functions]
# min-version: 3.13
# expect: output

import inspect, functools
from typing import Optional, List
def f(a, b: int = 2, /, c: "str" = "x", *args: int, d, e: Optional[List[int]] = None, **kw) -> bool: pass
sig = inspect.signature(f)
print(sig)
print(repr(sig), list(sig.parameters), sig.return_annotation)
for p in sig.parameters.values():
    print(repr(p), p.kind, p.kind.description, p.default is p.empty, int(p.kind))
print(sig.bind(1, d=4).arguments, sig.bind(1, 2, 3, 4, 5, d=1, z=2))
ba = sig.bind_partial(1)
ba.apply_defaults()
print(ba, ba.args, ba.kwargs)
try:
    sig.bind()
except TypeError as e:
    print("TypeError:", e)
class A:
    def __init__(self, x, y=1): pass
    def m(self, z): pass
    @classmethod
    def cm(cls, q): pass
    @staticmethod
    def sm(r): pass
    def __call__(self, w): pass
print(inspect.signature(A), inspect.signature(A(0).m), inspect.signature(A.m), inspect.signature(A.cm), inspect.signature(A.sm), inspect.signature(A(0)))
p = functools.partial(f, 1, d=3)
print(inspect.signature(p))
@functools.wraps(f)
def g(*a, **k): pass
print(inspect.signature(g), inspect.signature(lambda x, *, y=3: 0))
print(inspect.isfunction(f), inspect.isclass(A), inspect.ismethod(A(0).m), inspect.isroutine(len), inspect.isbuiltin(len))
print(inspect.getdoc(A), inspect.cleandoc("  a\n    b\n   c"))
print(inspect.Parameter("x", inspect.Parameter.KEYWORD_ONLY, default=3))
print(inspect.Signature([inspect.Parameter("a", inspect.Parameter.POSITIONAL_ONLY)]))
print(inspect.get_annotations(f))
class Meta(type):
    def __call__(cls, a, b): pass
class WithMeta(metaclass=Meta): pass
print(inspect.signature(WithMeta))
print(inspect.signature(object), inspect.signature(type("E", (), {})))
