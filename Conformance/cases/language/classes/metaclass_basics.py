# description: metaclasses: __new__/__init__/__call__, __prepare__ namespace, keyword arguments and metaclass selection
# features: [metaclasses, classes]
# expect: output

log = []

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append(("prepare", name, sorted(kw)))
        ns = {"injected": "from prepare"}
        return ns
    def __new__(mcls, name, bases, ns, **kw):
        log.append(("new", name, sorted(k for k in ns if not k.startswith("__"))))
        cls = super().__new__(mcls, name, bases, ns)
        cls.options = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        log.append(("init", name))
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        log.append(("call", cls.__name__, args))
        return super().__call__(*args, **kwargs)

class Widget(metaclass=Meta, color="red", size=3):
    a = 1
    def __init__(self, v):
        log.append(("widget init", v))
        self.v = v

print(log)
print("options:", Widget.options, "injected:", Widget.injected)
log.clear()
w = Widget(5)
print(log, w.v)
print("type of class:", type(Widget).__name__, isinstance(Widget, Meta), isinstance(w, Meta))

# subclasses inherit the metaclass
log.clear()
class Sub(Widget):
    b = 2
print("subclass:", type(Sub).__name__, log)

# most derived metaclass is chosen
class M1(type): pass
class M2(M1): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
class C(A, B): pass
print("derived metaclass:", type(C).__name__)

# metaclass conflict
class Other(type): pass
class D(metaclass=Other): pass
try:
    class E(A, D): pass
except TypeError as e:
    print("TypeError:", e)

# type() with three arguments
Dyn = type("Dyn", (A,), {"x": 10, "hello": lambda self: "hi"})
print("dynamic:", Dyn.__name__, Dyn().hello(), Dyn.x, type(Dyn).__name__)

# a plain function as metaclass
def func_meta(name, bases, ns):
    return f"not a class: {name} {sorted(k for k in ns if not k.startswith('__'))}"
class Weird(metaclass=func_meta):
    z = 1
print("function metaclass:", Weird)

# metaclass methods are available on the class, not the instance
class WithClassMethod(type):
    def describe(cls):
        return f"class {cls.__name__}"
class F(metaclass=WithClassMethod): pass
print(F.describe(), hasattr(F(), "describe"))

# __prepare__ returning a custom mapping records definition order
class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        self.order.append(k)
        super().__setitem__(k, v)
class OrderMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recording()
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = [k for k in ns.order if not k.startswith("__")]
        return cls
class Ordered(metaclass=OrderMeta):
    zeta = 1
    alpha = 2
    zeta = 3
    def mid(self): pass
print("definition order:", Ordered.order)
