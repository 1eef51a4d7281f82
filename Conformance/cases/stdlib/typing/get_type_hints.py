# description: get_type_hints resolves string and forward-reference annotations, merges class MRO hints and handles Annotated
# features: [typing, annotations]
# min-version: 3.11
# expect: output

from typing import get_type_hints, Optional, Annotated, ClassVar, ForwardRef

class Node:
    value: int
    next: "Optional[Node]"
    count: ClassVar[int] = 0

def f(a: "int", b: "list[Node]" = None, *args: str, **kw: "float") -> "Node":
    pass

print("class hints:", get_type_hints(Node))
print("function hints:", get_type_hints(f))
print("raw annotations kept as strings:", f.__annotations__["a"], f.__annotations__["return"])
class Child(Node):
    extra: bytes
print("mro merged:", list(get_type_hints(Child)))
def g(x: Annotated[int, "positive"]) -> None:
    pass
print("Annotated stripped:", get_type_hints(g))
print("include_extras:", get_type_hints(g, include_extras=True))
def h(x: "Missing") -> None:
    pass
try:
    get_type_hints(h)
except NameError as e:
    print("NameError:", e)
print("localns:", get_type_hints(h, localns={"Missing": bytes}))
print("ForwardRef repr:", repr(ForwardRef("X")))
print("None return:", get_type_hints(lambda: None), get_type_hints(g)["return"])
print("module-level no annotations:", get_type_hints(print))
