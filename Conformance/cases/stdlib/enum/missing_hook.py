# description: _missing_ lets an Enum resolve unknown values (case-insensitive lookups, defaults) or raise a custom error
# features: [enum]
# min-version: 3.12
# expect: output

from enum import Enum, StrEnum

class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    UNKNOWN = "unknown"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return cls.UNKNOWN

print(repr(Status("ACTIVE")), repr(Status("Inactive")), repr(Status(42)))
print("hook not used for names:", end=" ")
try:
    Status["active"]
except KeyError as e:
    print("KeyError:", e)

class Strict(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return None
try:
    Strict(2)
except ValueError as e:
    print("ValueError:", e)

class WrongType(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return "not a member"
try:
    WrongType(3)
except TypeError as e:
    print("TypeError:", e)

class Raising(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        raise LookupError(f"no {value}")
try:
    Raising(9)
except Exception as e:
    print(type(e).__name__ + ":", e, "| context:", type(e.__context__).__name__ if e.__context__ else None)
