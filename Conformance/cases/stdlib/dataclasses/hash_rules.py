# description: __hash__ generation follows the eq/frozen/unsafe_hash table, and an explicit __hash__ is respected
# features: [dataclasses, hashing]
# expect: output

from dataclasses import dataclass

def hash_kind(cls):
    h = cls.__dict__.get("__hash__", "inherited")
    if h is None:
        return "None (unhashable)"
    if h == "inherited":
        return "inherited from object"
    return "generated" if h.__qualname__.endswith("__hash__") and "<locals>" not in h.__qualname__ else "set"

@dataclass
class EqOnly:
    x: int
@dataclass(eq=False)
class NoEq:
    x: int
@dataclass(frozen=True)
class Frozen:
    x: int
@dataclass(unsafe_hash=True)
class Unsafe:
    x: int
@dataclass
class Explicit:
    x: int
    def __hash__(self):
        return 42
for cls in (EqOnly, NoEq, Frozen, Unsafe, Explicit):
    try:
        h = hash(cls(1))
        result = "hashable"
    except TypeError:
        result = "unhashable"
    print(f"{cls.__name__:8} {result}")
print("frozen equal hash:", hash(Frozen(1)) == hash(Frozen(1)))
print("unsafe equal hash:", hash(Unsafe(7)) == hash((7,)))
print("explicit kept:", hash(Explicit(1)))
n1, n2 = NoEq(1), NoEq(1)
print("eq=False identity:", n1 == n2, n1 == n1, hash(n1) != hash(n2) or n1 is n2)
try:
    @dataclass(unsafe_hash=True)
    class Clash:
        x: int
        def __hash__(self):
            return 1
except TypeError as e:
    print("TypeError:", e)
@dataclass(eq=True, frozen=False)
class Sub(Explicit):
    y: int = 0
print("subclass eq resets hash:", Sub.__hash__ is None)
