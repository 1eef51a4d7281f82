# description: PEP 695 type parameter syntax for functions, classes and type aliases
# features: [syntax, annotations, classes]
# min-version: 3.12
# expect: output

def first[T](items: list[T]) -> T:
    return items[0]
print("generic function:", first([3, 4]), [p.__name__ for p in first.__type_params__])

class Box[T]:
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item
print("generic class:", Box(5).get(), [p.__name__ for p in Box.__type_params__])
print("subscript:", Box[int].__origin__ is Box)

type Pair[K, V] = tuple[K, V]
print("alias:", Pair.__name__, [p.__name__ for p in Pair.__type_params__])
print("lazy value:", Pair.__value__)

type Lazy = Undefined
print("alias value is lazy:", Lazy.__name__)
try:
    Lazy.__value__
except NameError as e:
    print("NameError:", e)

def bounded[T: (int, str), *Ts, **P](x: T) -> T:
    return x
params = bounded.__type_params__
print("kinds:", [type(p).__name__ for p in params], params[0].__constraints__)

# type parameters are not visible outside
try:
    T
except NameError as e:
    print("NameError:", e)
