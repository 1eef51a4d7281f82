# description: ABC classes with abstract methods and properties cannot be instantiated until every abstract member is overridden; 3.12+ error text
# features: [abc, classes]
# min-version: 3.12
# expect: output

from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def perimeter(self): ...
    @abstractmethod
    def area(self):
        return "base area"
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def unit(cls): ...
    def describe(self):
        return f"{self.name}: {self.area()}"

print("abstract set:", sorted(Shape.__abstractmethods__))
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)

class Partial(Shape):
    def area(self):
        return "sq " + super().area()
    @property
    def name(self):
        return "partial"
print("still abstract:", sorted(Partial.__abstractmethods__))
try:
    Partial()
except TypeError as e:
    print("TypeError:", e)

class Square(Partial):
    def perimeter(self):
        return 4
    @classmethod
    def unit(cls):
        return "cm"
sq = Square()
print("concrete:", sq.describe(), sq.perimeter(), Square.unit())
print("empty abstract set:", Square.__abstractmethods__)
print("isinstance ABC:", isinstance(sq, Shape), type(Shape).__name__)
print("flag on function:", Shape.perimeter.__isabstractmethod__, getattr(Square.perimeter, "__isabstractmethod__", False))

class NotABC:
    @abstractmethod
    def m(self): ...
print("no ABCMeta means no check:", type(NotABC()).__name__)

class Meta(metaclass=ABCMeta):
    @abstractmethod
    def only(self): ...
try:
    Meta()
except TypeError as e:
    print("TypeError:", e)
