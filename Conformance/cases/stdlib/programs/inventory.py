# description: program - inventory management with dataclasses, JSON persistence and functools helpers (total_ordering, reduce, cache)
# features: [dataclasses, json, functools]
# expect: output

import json
from dataclasses import dataclass, field, asdict
from functools import reduce, total_ordering, cache, partial
from decimal import Decimal

@total_ordering
@dataclass(eq=True)
class Item:
    sku: str
    name: str
    price: Decimal
    qty: int = 0
    tags: list = field(default_factory=list)
    def __lt__(self, other):
        return (self.price, self.sku) < (other.price, other.sku)
    @property
    def value(self):
        return self.price * self.qty

class Inventory:
    def __init__(self):
        self.items = {}
    def add(self, item):
        if item.sku in self.items:
            raise KeyError(f"duplicate sku {item.sku}")
        self.items[item.sku] = item
    def restock(self, sku, n):
        self.items[sku].qty += n
    def sell(self, sku, n):
        item = self.items[sku]
        if n > item.qty:
            raise ValueError(f"only {item.qty} of {sku} left")
        item.qty -= n
    def total_value(self):
        return reduce(lambda acc, it: acc + it.value, self.items.values(), Decimal("0"))
    def to_json(self):
        def enc(o):
            if isinstance(o, Decimal):
                return str(o)
            raise TypeError(type(o).__name__)
        return json.dumps([asdict(i) for i in sorted(self.items.values())], default=enc, indent=1)
    @classmethod
    def from_json(cls, text):
        inv = cls()
        for d in json.loads(text, parse_float=Decimal):
            d["price"] = Decimal(d["price"])
            inv.add(Item(**d))
        return inv

@cache
def shipping_cost(weight_class):
    print(f"  (computing shipping for {weight_class})")
    return Decimal("4.99") + Decimal("2.50") * weight_class

inv = Inventory()
for sku, name, price, qty, tags in [("A1", "widget", "2.50", 10, ["small"]), ("B2", "gadget", "12.00", 3, []),
                                    ("C3", "doohickey", "0.99", 100, ["bulk", "small"])]:
    inv.add(Item(sku, name, Decimal(price), qty, tags))
inv.restock("B2", 2)
inv.sell("C3", 40)
try:
    inv.sell("B2", 99)
except ValueError as e:
    print("ValueError:", e)
try:
    inv.add(Item("A1", "dup", Decimal("1")))
except KeyError as e:
    print("KeyError:", e)
print("total value:", inv.total_value())
print("cheapest:", min(inv.items.values()).name, "priciest:", max(inv.items.values()).name)
text = inv.to_json()
print(text)
clone = Inventory.from_json(text)
print("round trip equal:", [clone.items[k] == inv.items[k] for k in sorted(inv.items)])
small = [i.name for i in inv.items.values() if "small" in i.tags]
print("small items:", small)
cost = partial(shipping_cost)
print("shipping:", cost(1), cost(3), cost(1))
print("cache:", shipping_cost.cache_info())
