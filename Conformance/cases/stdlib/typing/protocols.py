# description: Protocol classes with @runtime_checkable support structural isinstance/issubclass; non-runtime and data protocols raise
# features: [typing, classes]
# min-version: 3.13
# expect: output

from typing import Protocol, runtime_checkable

@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...

@runtime_checkable
class Named(Protocol):
    name: str

class Sized2(Protocol):
    def size(self) -> int: ...

class File:
    def close(self):
        return "closed"
class Thing:
    name = "thing"

print("structural isinstance:", isinstance(File(), Closable), isinstance(Thing(), Closable))
print("issubclass:", issubclass(File, Closable), issubclass(int, Closable))
print("data protocol isinstance:", isinstance(Thing(), Named), isinstance(File(), Named))
try:
    issubclass(Thing, Named)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(File(), Sized2)
except TypeError as e:
    print("TypeError:", e)
try:
    Closable()
except TypeError as e:
    print("TypeError:", e)
class Impl(Closable):
    pass
print("explicit subclass inherits:", Impl().close(), isinstance(Impl(), Closable))
class NoneAttr:
    close = None
print("None attribute blocks:", isinstance(NoneAttr(), Closable))
print("is_protocol:", getattr(Closable, "_is_protocol", None), getattr(File, "_is_protocol", False))
try:
    @runtime_checkable
    class NotProto:
        pass
except TypeError as e:
    print("TypeError:", e)
