# description: single and multiple inheritance, method overriding, isinstance/issubclass and __bases__
# features: [classes, inheritance]
# expect: output

class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def describe(self):
        return f"{self.name} is an {self.kind}: {self.speak()}"

class Dog(Animal):
    kind = "dog"
    def speak(self):
        return f"{self.name} barks"

class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return Dog.speak(self) + " softly"

p = Puppy("Rex", 1)
print(p.describe())
print("bases:", [c.__name__ for c in Puppy.__bases__], "mro:", [c.__name__ for c in Puppy.__mro__])
print("isinstance:", isinstance(p, Animal), isinstance(p, (int, Dog)), isinstance(Dog("d"), Puppy))
print("issubclass:", issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog), issubclass(bool, int))
print("object base:", Animal.__bases__, object.__bases__)

# multiple inheritance: attribute lookup follows MRO
class A:
    def who(self): return "A"
    x = "A.x"
class B:
    def who(self): return "B"
    y = "B.y"
    x = "B.x"
class AB(A, B): pass
class BA(B, A): pass
print("AB:", AB().who(), AB.x, AB.y, "BA:", BA().who(), BA.x)

# subclassing builtins
class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print("MyList:", ml, ml.total(), type(ml[:2]).__name__, isinstance(ml, list))

class MyInt(int):
    def __add__(self, other):
        return MyInt(int(self) + int(other) + 1000)
print("MyInt:", MyInt(1) + 2, 2 + MyInt(1), type(MyInt(5) * 2).__name__)

class MyStr(str):
    pass
s = MyStr("abc")
print("MyStr:", s.upper(), type(s.upper()).__name__, type(s).__name__, s == "abc")

class MyDict(dict):
    def __missing__(self, key):
        return f"missing {key}"
md = MyDict(a=1)
print("MyDict:", md["a"], md["b"], md.get("b"), "b" in md)

# __subclasses__ lists direct subclasses only
print("subclasses:", [c.__name__ for c in Animal.__subclasses__()])

# bases must be classes
try:
    class Bad(5): pass
except TypeError as e:
    print("non-class base: the metaclass type(5) is called and fails with", type(e).__name__)
try:
    class Bad2(bool): pass
except TypeError as e:
    print("TypeError:", e)
