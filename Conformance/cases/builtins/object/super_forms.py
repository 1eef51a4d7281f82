# description: super() zero-arg and two-arg forms, cooperative multiple inheritance, classmethods and errors
# features: [builtins, classes, inheritance]
# min-version: 3.13
# expect: output
log = []
class Root:
    def hello(self):
        log.append("Root")
        return "root"
class Left(Root):
    def hello(self):
        log.append("Left")
        return "L+" + super().hello()
class Right(Root):
    def hello(self):
        log.append("Right")
        return "R+" + super().hello()
class Bottom(Left, Right):
    def hello(self):
        log.append("Bottom")
        return "B+" + super().hello()
print("cooperative:", Bottom().hello(), log)
print("two-arg from middle:", super(Left, Bottom()).hello())
print("skip to Root:", super(Right, Bottom()).hello())
class WithCls:
    @classmethod
    def create(cls):
        return "WithCls.create for " + cls.__name__
class SubCls(WithCls):
    @classmethod
    def create(cls):
        return "Sub->" + super().create()
print("classmethod super:", SubCls.create())
print("super(type, type):", super(SubCls, SubCls).create())
class Attr:
    value = "base value"
class AttrSub(Attr):
    value = "sub value"
    def get(self):
        return super().value
print("super attribute:", AttrSub().get())
try:
    super(Left, Root()).hello()
except TypeError as e:
    print("obj not instance ! TypeError:", e)
try:
    super(int, "x")
except TypeError as e:
    print("unrelated ! TypeError:", e)
def outside():
    return super()
try:
    outside()
except RuntimeError as e:
    print("no class cell ! RuntimeError:", e)
class Init:
    def __init__(self, a):
        self.a = a
class InitSub(Init):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
i = InitSub(1, 2)
print("init chain:", i.a, i.b)
s = super(Left, Bottom())
print("super repr prefix:", repr(s).startswith("<super: <class 'Left'>, <Bottom object>"), s.__thisclass__.__name__, type(s.__self__).__name__)
try:
    super(Left, Bottom()).nope
except AttributeError as e:
    print("missing attr ! AttributeError:", e)
class Setter(Root):
    def set(self):
        super().x = 1
try:
    Setter().set()
except AttributeError as e:
    print("super setattr ! AttributeError:", e)
