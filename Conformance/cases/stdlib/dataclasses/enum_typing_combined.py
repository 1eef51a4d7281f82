# description: dataclasses combined with enum members and typing annotations: defaults, ordering, asdict, signatures and docs
# features: [dataclasses, enum, typing]
# expect: output

import dataclasses
import inspect
from dataclasses import dataclass, field, fields, asdict, astuple, replace
from enum import Enum, IntEnum, Flag, auto
from typing import ClassVar, Optional, List, Dict

class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3

class Status(Enum):
    OPEN = "open"
    DONE = "done"

class Perm(Flag):
    READ = auto()
    WRITE = auto()

@dataclass(order=True)
class Task:
    priority: Priority
    title: str = field(compare=False)
    status: Status = field(default=Status.OPEN, compare=False)
    tags: List[str] = field(default_factory=list, compare=False)
    perms: Perm = field(default=Perm.READ, compare=False, repr=False)
    owner: Optional[str] = field(default=None, compare=False)
    registry: ClassVar[Dict[str, int]] = {}

t1 = Task(Priority.HIGH, "ship")
t2 = Task(Priority.LOW, "plan", Status.DONE, ["x"])
print(t1)
print(t2)
print(sorted([t1, t2]))
print(asdict(t2))
print(astuple(t1))
print(replace(t1, status=Status.DONE, perms=Perm.READ | Perm.WRITE).perms)
print(inspect.signature(Task))
print(Task.__doc__)
print([f.name for f in fields(Task)], "registry" in Task.__dataclass_fields__)
print(Task.__dataclass_fields__["registry"]._field_type)
f = fields(Task)[1]
print(f.name, f.type, f.default is dataclasses.MISSING, f.default_factory is dataclasses.MISSING, f.compare, f.kw_only)
print(repr(fields(Task)[3].default_factory), fields(Task)[3].type)
print(Task.__dataclass_params__)
print(Task.__match_args__)
print(t1 == Task(Priority.HIGH, "other"), t1 < t2, t2 <= t1)
print(hash(Priority.LOW) == hash(1), Priority.LOW in {1: 'a'})
print({Status.OPEN: 1}, [p for p in Priority if p >= 2])

@dataclass(frozen=True)
class Point:
    x: float = 0.0
    y: float = 0.0
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

print(Point(1, 2) + Point(3, 4), {Point(): "origin"})
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__hash__.__qualname__)
print(Point.__setattr__.__qualname__, Point.__eq__.__qualname__)
print(inspect.signature(Point.__init__))
print(dataclasses.is_dataclass(Point()), repr(dataclasses.fields(Point)[0]).split(',default_factory')[0])

@dataclass
class Node:
    value: int
    children: list["Node"] = field(default_factory=list)
    def walk(self):
        yield self.value
        for c in self.children:
            yield from c.walk()
tree = Node(1, [Node(2, [Node(3)]), Node(4)])
print(list(tree.walk()))
print(asdict(tree))
print(tree)

@dataclass
class WithSelf:
    self: int
    other: int = 2
print(WithSelf(1), inspect.signature(WithSelf))

@dataclass(eq=False)
class Counter:
    n: int = 0
    def bump(self):
        self.n += 1
        return self
c = Counter()
print(c.bump().bump(), c == Counter(2), Counter.__hash__ is object.__hash__)

@dataclass
class Empty:
    pass
print(Empty(), Empty() == Empty(), fields(Empty), Empty.__match_args__)
try:
    @dataclass
    class NoAnn:
        x = field(default=1)
except TypeError as e:
    print("TypeError:", e)
try:
    replace(Point, x=1)
except TypeError as e:
    print("TypeError:", e)
@dataclass(unsafe_hash=True)
class UH:
    a: int
    b: list = field(default_factory=list, hash=False)
print(hash(UH(1)) == hash((1,)))
print(repr(field(default=3, metadata={'k': 1})).replace(repr(dataclasses.MISSING), 'MISSING'))
