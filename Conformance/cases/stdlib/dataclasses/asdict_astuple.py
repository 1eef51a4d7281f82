# description: asdict/astuple recurse into nested dataclasses, lists, tuples, dicts and namedtuples and deep-copy other values
# features: [dataclasses]
# expect: output

from dataclasses import dataclass, asdict, astuple, field
from collections import namedtuple, OrderedDict

Pair = namedtuple("Pair", "a b")

@dataclass
class Inner:
    v: int
    tags: list = field(default_factory=list)

@dataclass
class Outer:
    name: str
    inner: Inner
    many: list
    mapping: dict
    pair: Pair
    tup: tuple

o = Outer("o", Inner(1, ["t"]), [Inner(2), Inner(3)], {"k": Inner(4)}, Pair(Inner(5), 6), (Inner(7), 8))
d = asdict(o)
print("asdict:", d)
print("astuple:", astuple(o))
print("nested list copied:", d["inner"]["tags"] is not o.inner.tags)
print("namedtuple type kept:", type(d["pair"]).__name__, type(astuple(o)[4]).__name__)
print("dict_factory:", asdict(Inner(1, [2]), dict_factory=lambda kv: OrderedDict(kv)).__class__.__name__)
print("dict_factory pairs:", asdict(Inner(9), dict_factory=list))
print("tuple_factory:", astuple(Inner(1, [2]), tuple_factory=list))
for fn in (asdict, astuple):
    for bad in (Inner, 5):
        try:
            fn(bad)
        except TypeError as e:
            print(f"{fn.__name__} TypeError:", e)
