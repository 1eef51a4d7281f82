# description: __subclasshook__ returning True, False or NotImplemented drives issubclass for ABCs, with results cached per class
# features: [abc, classes]
# expect: output

from abc import ABC, abstractmethod

class Closable(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Closable:
            if any("close" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented

class File:
    def close(self): pass
class Sock:
    pass
class SubFile(File):
    pass
print("structural:", issubclass(File, Closable), isinstance(File(), Closable))
print("missing method:", issubclass(Sock, Closable))
print("inherited:", issubclass(SubFile, Closable))
Closable.register(Sock)
print("register after negative:", issubclass(Sock, Closable))

class Never(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return False
class Sub(Never):
    pass
print("hook False beats real inheritance:", issubclass(Sub, Never))
Never.register(int)
print("hook False beats register:", issubclass(int, Never))

class Strict(Closable):
    pass
print("hook only for base:", issubclass(File, Strict))
try:
    issubclass(5, Closable)
except TypeError as e:
    print("TypeError:", e)
print("isinstance non-class ok:", isinstance(5, Closable))
