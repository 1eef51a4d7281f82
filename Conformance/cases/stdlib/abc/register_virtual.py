# description: ABC.register creates virtual subclasses seen by isinstance/issubclass but not by the MRO, and works as a decorator
# features: [abc]
# expect: output

from abc import ABC, abstractmethod

class Drawable(ABC):
    @abstractmethod
    def draw(self): ...
    def helper(self):
        return "helper"

class Circle:
    pass

ret = Drawable.register(Circle)
print("register returns class:", ret is Circle)
print("isinstance:", isinstance(Circle(), Drawable), issubclass(Circle, Drawable))
print("not in mro:", Drawable in Circle.__mro__)
print("no inherited methods:", hasattr(Circle(), "helper"))
print("abstract not enforced:", type(Circle()).__name__)

@Drawable.register
class Line:
    pass
print("decorator form:", issubclass(Line, Drawable), Line.__name__)

class Thick(Circle):
    pass
print("subclass of virtual:", issubclass(Thick, Drawable))
Drawable.register(int)
print("builtin registered:", isinstance(3, Drawable), isinstance(True, Drawable))
class Child(Drawable):
    def draw(self):
        return "child"
print("registry parent view:", issubclass(Circle, Child))
try:
    Drawable.register(5)
except TypeError as e:
    print("TypeError:", e)
class A(ABC): pass
class B(A): pass
try:
    B.register(A)
except RuntimeError as e:
    print("RuntimeError:", e)
print("register twice ok:", Drawable.register(Circle) is Circle)
