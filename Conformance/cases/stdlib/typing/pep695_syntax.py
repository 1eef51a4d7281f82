# description: PEP 695 class/function type parameters and `type` aliases (3.12+) create TypeVars, TypeAliasType and lazy values
# features: [typing, syntax]
# min-version: 3.12
# expect: output

class Stack[T]:
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)

def first[U](xs: list[U]) -> U:
    return xs[0]

type IntList = list[int]
type Pairs[K, V] = list[tuple[K, V]]
type Lazy = Undefined

print("class params:", Stack.__type_params__, Stack.__parameters__)
print("func params:", first.__type_params__, first([7, 8]))
print("alias:", repr(IntList), IntList.__name__, IntList.__value__)
print("alias type:", type(IntList).__name__)
print("generic alias:", Pairs.__type_params__, repr(Pairs[str, int]))
try:
    Lazy.__value__
except NameError as e:
    print("NameError:", e)
class Bounded[T: (int, str), S: float]:
    pass
T_, S_ = Bounded.__type_params__
print("constraints/bound:", T_.__constraints__, S_.__bound__)
s = Stack[int]()
s.push(1)
print("instance:", s.items, s.__orig_class__)
