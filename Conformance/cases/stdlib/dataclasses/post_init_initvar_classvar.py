# description: __post_init__ receives InitVar values, ClassVar annotations are not fields, and field defaults interplay with post-init
# features: [dataclasses, typing]
# expect: output

from dataclasses import dataclass, field, fields, InitVar
from typing import ClassVar

@dataclass
class Account:
    owner: str
    opening: InitVar[float]
    password: InitVar[str | None] = None
    balance: float = field(init=False)
    count: ClassVar[int] = 0
    history: list = field(default_factory=list, repr=False)
    def __post_init__(self, opening, password):
        Account.count += 1
        self.balance = opening
        self.history.append(("open", opening))
        self.locked = password is not None

a = Account("ann", 100.0)
b = Account("bob", 5.0, "pw")
print(a, b)
print("count:", Account.count)
print("fields:", [f.name for f in fields(Account)])
print("locked:", a.locked, b.locked)
print("initvar not attribute:", hasattr(a, "opening"))
print("initvar class default:", Account.password)
print("history:", a.history)
print("ClassVar in annotations:", "count" in Account.__annotations__)
try:
    @dataclass
    class BadCV:
        x: ClassVar[list] = field(default_factory=list)
except TypeError as e:
    print("TypeError:", e)
import inspect
print("signature:", inspect.signature(Account))
