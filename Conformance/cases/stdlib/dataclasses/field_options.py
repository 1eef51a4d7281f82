# description: field() default, default_factory, init, repr, compare and metadata options, and the errors for invalid field setups
# features: [dataclasses]
# min-version: 3.13
# expect: output

from dataclasses import dataclass, field, fields

@dataclass
class Item:
    name: str
    tags: list = field(default_factory=list)
    secret: str = field(default="hidden", repr=False)
    cache: dict = field(default_factory=dict, init=False, compare=False)
    weight: float = field(default=1.0, compare=False, metadata={"unit": "kg"})

a = Item("a")
b = Item("a", secret="other")
a.tags.append("x")
print("repr:", a)
print("factory per instance:", Item("z").tags, a.tags)
print("eq ignores compare=False but not repr=False:", a == Item("a", ["x"]), Item("a") == b)
print("init=False field set:", a.cache)
try:
    Item("a", [], "s", {})
except TypeError as e:
    print("TypeError:", e)
f = {f.name: f for f in fields(Item)}
import collections.abc
print("metadata:", dict(f["weight"].metadata), isinstance(f["weight"].metadata, collections.abc.Mapping))
try:
    f["weight"].metadata["unit"] = "g"
except TypeError:
    print("metadata read-only")
print("field flags:", f["cache"].init, f["cache"].compare, f["secret"].repr)
print("class attr default:", Item.secret, Item.weight, hasattr(Item, "tags"))
for bad in ("list", "dict", "set"):
    try:
        exec(f"@dataclass\nclass Bad:\n    x: {bad} = {bad}()", {"dataclass": dataclass})
    except ValueError as e:
        print("ValueError:", e)
try:
    field(default=1, default_factory=int)
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Order:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
@dataclass
class Unhashable:
    x: tuple = ()
print("immutable default ok:", Unhashable())
