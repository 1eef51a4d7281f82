# description: make_dataclass builds a dataclass from field specs, bases, namespace and options
# features: [dataclasses]
# expect: output

from dataclasses import make_dataclass, field, fields, asdict

P = make_dataclass("P", ["x", ("y", int), ("z", list, field(default_factory=list))],
                   namespace={"norm": lambda self: abs(self.x) + abs(self.y)}, order=True)
p = P(-1, 2)
print("repr:", p)
print("fields:", [(f.name, f.type if isinstance(f.type, str) else f.type.__name__) for f in fields(P)])
print("namespace method:", p.norm())
print("order:", P(1, 2) < P(1, 3))
print("asdict:", asdict(p))
Base = make_dataclass("Base", [("a", int, 0)])
Derived = make_dataclass("Derived", [("b", str, "s")], bases=(Base,), frozen=False)
print("bases:", Derived(), issubclass(Derived, Base))
F = make_dataclass("F", [("v", int)], frozen=True)
try:
    F(1).v = 2
except AttributeError as e:
    print(type(e).__name__ + ":", e)
for bad in (["a", "a"], ["class"], [("a", int, 1, 2)], [1]):
    try:
        make_dataclass("Bad", bad)
    except TypeError as e:
        print("TypeError:", e)
print("qualname:", P.__qualname__, P.__name__)
