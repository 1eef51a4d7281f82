# description: metaclass __new__/__init__/__call__/__prepare__ hooks, class keywords, and metaclass inheritance
# features: [builtins, classes, metaclasses]
# expect: output
log = []
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append(("prepare", name, sorted(kw)))
        ns = {"injected": "by prepare"}
        return ns
    def __new__(mcls, name, bases, ns, **kw):
        log.append(("new", name, sorted(k for k in ns if not k.startswith("__"))))
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        log.append(("init", name))
        super().__init__(name, bases, ns)
    def __call__(cls, *args):
        log.append(("call", cls.__name__, args))
        inst = super().__call__(*args)
        inst.made_by_meta = True
        return inst
class A(metaclass=Meta, tag="alpha"):
    x = 1
    def __init__(self, v=0):
        self.v = v
print("hooks:", log)
log.clear()
a = A(5)
print("instance:", a.v, a.made_by_meta, "call log:", log)
print("class attrs:", A.tag, A.injected, type(A).__name__)
log.clear()
class B(A):
    pass
print("subclass uses metaclass:", type(B).__name__, B.tag, [e[0] for e in log])
class OtherMeta(type):
    pass
try:
    class C(A, metaclass=OtherMeta):
        pass
except TypeError as e:
    print("metaclass conflict ! TypeError:", e)
class SubMeta(Meta):
    pass
class D(A, metaclass=SubMeta):
    pass
print("more derived metaclass wins:", type(D).__name__)
class OrderedRecorder(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls.order = [k for k in ns if not k.startswith("__")]
        return cls
class Fields(metaclass=OrderedRecorder):
    zeta = 1
    alpha = 2
    def method(self):
        pass
print("namespace order preserved:", Fields.order)
print("isinstance(A, Meta):", isinstance(A, Meta), isinstance(A, type), Meta.__mro__[1].__name__)
