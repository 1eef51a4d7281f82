# description: object creation calls __new__ then __init__ only when __new__ returns an instance of the class
# features: [classes, metaclasses]
# expect: output

log = []

class Tracked:
    def __new__(cls, *args, **kwargs):
        log.append(("new", cls.__name__, args))
        return super().__new__(cls)
    def __init__(self, value):
        log.append(("init", value))
        self.value = value

t = Tracked(5)
print(log, t.value)

# __new__ returning an instance of another class skips __init__
log.clear()
class Other:
    pass
class Factory:
    def __new__(cls, kind):
        log.append("Factory.__new__")
        return Other() if kind == "other" else super().__new__(cls)
    def __init__(self, kind):
        log.append("Factory.__init__")
a = Factory("other")
b = Factory("self")
print(type(a).__name__, type(b).__name__, log)

# __new__ returning a subclass instance still runs __init__
log.clear()
class Base:
    def __new__(cls, x):
        return super().__new__(Sub if x > 0 else cls)
    def __init__(self, x):
        log.append((type(self).__name__, "init", x))
class Sub(Base):
    pass
print(type(Base(1)).__name__, type(Base(-1)).__name__, log)

# singleton via __new__: __init__ still runs on every call
class Single:
    _inst = None
    inits = 0
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self):
        Single.inits += 1
print("singleton:", Single() is Single(), Single.inits)

# immutable subclass must customise __new__, not __init__
class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
print("str subclass:", Upper("abc"), type(Upper("x")).__name__)
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
p = Point(3, 4)
print("tuple subclass:", p, p.x, len(p))

# __init__ must return None
class BadInit:
    def __init__(self):
        return 1
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)

# object.__new__ / __init__ argument checks
class NoInit: pass
try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)
class OnlyInit:
    def __init__(self, a): self.a = a
print("only __init__ accepts args:", OnlyInit(1).a)
class OnlyNew:
    def __new__(cls, a):
        return super().__new__(cls)
print("only __new__ accepts args:", type(OnlyNew(1)).__name__)

# __new__ is a static method implicitly
print("__new__ kind:", type(Tracked.__dict__["__new__"]).__name__)
