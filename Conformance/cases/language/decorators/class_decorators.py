# description: class decorators receive the created class after __init_subclass__ and may replace it
# features: [decorators, classes]
# expect: output

log = []

def add_repr(cls):
    log.append(f"add_repr {cls.__name__}")
    fields = [k for k in cls.__dict__.get("__annotations__", {})]
    def __repr__(self):
        return f"{cls.__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
    cls.__repr__ = __repr__
    return cls

def add_init(cls):
    log.append(f"add_init {cls.__name__}")
    fields = list(cls.__annotations__)
    def __init__(self, *args):
        for f, v in zip(fields, args):
            setattr(self, f, v)
    cls.__init__ = __init__
    return cls

class Base:
    def __init_subclass__(cls):
        log.append(f"init_subclass {cls.__name__}")

@add_repr
@add_init
class Point(Base):
    x: int
    y: int
print(log)
print(Point(1, 2))

# decorator replacing the class with an instance (singleton pattern)
def instance(cls):
    return cls()
@instance
class config:
    debug = True
    def describe(self):
        return f"config debug={self.debug}"
print("singleton:", config.describe(), type(config).__name__)

# decorator returning a different class
def wrap(cls):
    class Wrapped(cls):
        def hello(self):
            return "wrapped " + super().hello()
    Wrapped.__name__ = cls.__name__
    return Wrapped
@wrap
class Greeter:
    def hello(self):
        return "hello"
print("replaced:", Greeter().hello(), Greeter.__name__, [c.__name__ for c in Greeter.__mro__])

# class decorator with arguments
def with_attrs(**attrs):
    def deco(cls):
        for k, v in sorted(attrs.items()):
            setattr(cls, k, v)
        return cls
    return deco
@with_attrs(color="red", size=2)
class Item: pass
print("attrs:", Item.color, Item.size)

# decorators are applied inside-out even for classes; name bound only at the end
names_seen = []
def check_name(cls):
    names_seen.append("Late" in globals())
    return cls
@check_name
class Late: pass
print("name bound after decorators:", names_seen, "Late" in globals())
