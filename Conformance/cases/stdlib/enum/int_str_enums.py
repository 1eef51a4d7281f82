# description: IntEnum, StrEnum and IntFlag behave as their mixin type for str/format/comparison while keeping member reprs (3.11+)
# features: [enum]
# min-version: 3.11
# expect: output

from enum import IntEnum, StrEnum, Enum

class Level(IntEnum):
    LOW = 1
    HIGH = 3

print("repr:", repr(Level.LOW), "str:", str(Level.LOW), "format:", format(Level.HIGH), f"{Level.HIGH:03d}")
print("int ops:", Level.LOW + 1, Level.HIGH * 2, Level.LOW < Level.HIGH, Level.HIGH == 3, Level.LOW < 2)
print("sorted with ints:", sorted([3, Level.LOW, 2]))
print("index:", ["a", "b", "c", "d"][Level.HIGH])
print("isinstance int:", isinstance(Level.LOW, int), type(Level.LOW + 0).__name__)

class Method(StrEnum):
    GET = "get"
    POST = "post"
print("StrEnum:", repr(Method.GET), str(Method.GET), f"{Method.POST}", Method.GET == "get")
print("str methods:", Method.GET.upper(), "-".join(Method))
try:
    class Bad(StrEnum):
        X = 1
except TypeError as e:
    print("TypeError:", e)

class Mixed(str, Enum):
    A = "a"
print("str mixin plain Enum:", str(Mixed.A), format(Mixed.A), repr(Mixed.A))
class IntMixin(int, Enum):
    ONE = 1
print("int mixin plain Enum:", str(IntMixin.ONE), format(IntMixin.ONE))
