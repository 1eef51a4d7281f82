# description: dataclass inheritance orders fields by first definition, lets subclasses override defaults and chain __post_init__
# features: [dataclasses, inheritance]
# min-version: 3.13
# expect: output

from dataclasses import dataclass, field, fields

@dataclass
class Base:
    x: int
    y: int = 10
    z: str = "base"
    def __post_init__(self):
        print(f"  Base.__post_init__ x={self.x}")

@dataclass
class Child(Base):
    z: str = "child"
    w: list = field(default_factory=list)
    def __post_init__(self):
        super().__post_init__()
        print("  Child.__post_init__")

c = Child(1)
print("repr:", c)
print("field order:", [f.name for f in fields(Child)])
print("eq across classes:", Base(1) == Child(1), Base(1, 10, "child") == Base(1, 10, "child"))
class Plain(Base):
    extra: int = 3
p = Plain(2)
print("non-dataclass subclass:", p, [f.name for f in fields(p)])
@dataclass
class Mixin:
    tag: str = "m"
try:
    @dataclass
    class Multi(Child, Mixin):
        pass
except TypeError as e:
    print("TypeError (base fields collected in reverse MRO):", e)
@dataclass
class Multi2(Mixin, Base):
    pass
print("multiple inheritance order:", [f.name for f in fields(Multi2)])
@dataclass
class Reannotate(Base):
    x: str = "now str"
print("override type/default:", Reannotate(), fields(Reannotate)[0].type.__name__)
