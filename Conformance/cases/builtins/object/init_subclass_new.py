# description: __init_subclass__ with class keywords, __set_name__ order, __new__ returning other types skips __init__
# features: [builtins, classes, metaclasses]
# expect: output
registry = []
class Plugin:
    def __init_subclass__(cls, /, kind="default", **kwargs):
        super().__init_subclass__(**kwargs)
        registry.append((cls.__name__, kind))
class A(Plugin):
    pass
class B(Plugin, kind="special"):
    pass
class C(B):
    pass
print("registry:", registry)
try:
    class D(Plugin, unknown=1):
        pass
except TypeError as e:
    print("unknown class keyword ! TypeError:", e)
try:
    class E(object, flag=True):
        pass
except TypeError as e:
    print("object rejects keywords ! TypeError:", e)
log = []
class Weird:
    def __new__(cls, make_int):
        log.append("new")
        if make_int:
            return 42
        return super().__new__(cls)
    def __init__(self, make_int):
        log.append("init")
print("__new__ returning int:", Weird(True), log)
log.clear()
w = Weird(False)
print("normal path:", type(w).__name__, log)
class Other:
    def __init__(self):
        log.append("Other.init")
class ReturnsOther:
    def __new__(cls):
        return Other.__new__(Other)
    def __init__(self):
        log.append("ReturnsOther.init")
log.clear()
print("__new__ returning unrelated instance:", type(ReturnsOther()).__name__, log)
class Singleton:
    _inst = None
    inits = 0
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self):
        Singleton.inits += 1
print("singleton:", Singleton() is Singleton(), "init calls:", Singleton.inits)
order = []
class Field:
    def __set_name__(self, owner, name):
        order.append(name)
class Model:
    z = Field()
    a = Field()
    m = Field()
print("__set_name__ order follows definition:", order)
