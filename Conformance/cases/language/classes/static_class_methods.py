# description: staticmethod and classmethod binding through classes, instances and subclasses
# features: [classes, descriptors, decorators]
# expect: output

class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
    @classmethod
    def create(cls, name):
        cls.count += 1
        return cls(name)
    @staticmethod
    def area_of(w, h):
        return w * h
    def regular(self):
        return self.name

class Square(Shape):
    pass

s = Shape.create("generic")
sq = Square.create("sq")
print("classmethod returns subclass:", type(s).__name__, type(sq).__name__)
print("counts:", Shape.count, Square.count)
print("via instance:", type(sq.create("x")).__name__)
print("staticmethod:", Shape.area_of(2, 3), sq.area_of(4, 5))

# the raw objects in the class dict
print("dict types:", type(Shape.__dict__["create"]).__name__, type(Shape.__dict__["area_of"]).__name__)
print("bound classmethod self:", Shape.create.__self__ is Shape, Square.create.__self__ is Square)
print("staticmethod is plain function when fetched:", type(Shape.area_of).__name__)
print("__func__:", Shape.__dict__["create"].__func__.__name__, Shape.__dict__["area_of"].__func__.__name__)

# staticmethod objects are callable directly (3.10+)
sm = Shape.__dict__["area_of"]
print("call staticmethod object:", sm(3, 3))

# calling an instance method through the class requires self
try:
    Shape.regular()
except TypeError as e:
    print("TypeError:", e)
print("explicit self:", Shape.regular(s))

# classmethod on a metaclass-created class and via super
class Base:
    @classmethod
    def name(cls):
        return f"Base.name({cls.__name__})"
class Derived(Base):
    @classmethod
    def name(cls):
        return "Derived+" + super().name()
print(Derived.name(), Derived().name())

# a staticmethod wrapping a lambda, and classmethod in class body usage
class Util:
    double = staticmethod(lambda x: x * 2)
    @staticmethod
    def helper():
        return "helper"
    value = helper()  # staticmethod objects are callable inside the body
print("lambda staticmethod:", Util.double(21), Util.value)

# __wrapped__ / attributes copied (3.10+)
def documented(cls):
    "docstring here"
cm = classmethod(documented)
print("wrapped doc:", cm.__doc__, cm.__wrapped__ is documented)
