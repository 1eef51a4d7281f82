# description: slots=True creates __slots__ for the fields, removes __dict__, and weakref_slot adds weak reference support (3.11+)
# features: [dataclasses, weakref]
# min-version: 3.13
# expect: output

from dataclasses import dataclass, field
import weakref

@dataclass(slots=True)
class P:
    x: int
    y: int = 0
p = P(1)
print("__slots__:", P.__slots__)
print("no __dict__:", hasattr(p, "__dict__"))
try:
    p.z = 5
except AttributeError as e:
    print("AttributeError:", e)
print("repr/eq still work:", p, p == P(1, 0))
try:
    weakref.ref(p)
except TypeError as e:
    print("TypeError:", e)
@dataclass(slots=True, weakref_slot=True)
class W:
    v: int
w = W(3)
r = weakref.ref(w)
print("weakref_slot:", r() is w, W.__slots__)
@dataclass(slots=True, frozen=True)
class FS:
    a: int
fs = FS(1)
print("frozen slots hash:", hash(fs) == hash((1,)))
try:
    fs.a = 2
except AttributeError as e:
    print(type(e).__name__ + ":", e)
try:
    @dataclass(slots=True)
    class Dup:
        __slots__ = ("x",)
        x: int
except TypeError as e:
    print("TypeError:", e)
try:
    dataclass(weakref_slot=True)(type("NoSlots", (), {"__annotations__": {"a": int}}))
except TypeError as e:
    print("TypeError:", e)
@dataclass(slots=True)
class WithFactory:
    items: list = field(default_factory=list)
print("default_factory with slots:", WithFactory(), WithFactory().items is not WithFactory().items)
