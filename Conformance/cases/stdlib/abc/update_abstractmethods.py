# description: abc.update_abstractmethods recomputes abstract methods after a class is modified, and abstract properties with setters stay abstract
# features: [abc, descriptors]
# min-version: 3.12
# expect: output

import abc

class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...

class Impl(Base):
    def run(self):
        return "ran"
print("concrete:", Impl().run(), Impl.__abstractmethods__)
Impl.run = abc.abstractmethod(lambda self: None)
print("after patch, stale set:", Impl.__abstractmethods__, type(Impl()).__name__)
abc.update_abstractmethods(Impl)
print("after update:", sorted(Impl.__abstractmethods__))
try:
    Impl()
except TypeError as e:
    print("TypeError:", e)
del Impl.run
abc.update_abstractmethods(Impl)
print("inherits abstract again:", sorted(Impl.__abstractmethods__))

class Shape(abc.ABC):
    @property
    @abc.abstractmethod
    def size(self): ...
    @size.setter
    @abc.abstractmethod
    def size(self, v): ...
print("abstract property:", sorted(Shape.__abstractmethods__), Shape.size.__isabstractmethod__)
class Square(Shape):
    def __init__(self):
        self._s = 1
    @property
    def size(self):
        return self._s
    @size.setter
    def size(self, v):
        self._s = v
sq = Square()
sq.size = 5
print("implemented:", sq.size, Square.__abstractmethods__)
print("update on non-ABC returns class:", abc.update_abstractmethods(int) is int)
