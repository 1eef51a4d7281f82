# description: __getattr__ as fallback, __getattribute__ for every lookup, and their interplay with AttributeError
# features: [classes, descriptors]
# expect: output

class Fallback:
    existing = "class attr"
    def __init__(self):
        self.inst = "instance attr"
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return f"dynamic {name[4:]}"
        raise AttributeError(f"no {name}")

f = Fallback()
print(f.existing, "|", f.inst, "|", f.dyn_thing)
try:
    f.missing
except AttributeError as e:
    print("AttributeError:", e)
print("hasattr uses it:", hasattr(f, "dyn_x"), hasattr(f, "missing"))
print("getattr default:", getattr(f, "missing", "default"))

# __getattribute__ intercepts everything, even existing attributes
log = []
class Spy:
    cls_attr = 1
    def __init__(self):
        self.x = 10
    def __getattribute__(self, name):
        log.append(name)
        return object.__getattribute__(self, name)
    def method(self):
        return self.x
s = Spy()
log.clear()
s.method()
print("intercepted:", log)

# special method lookup bypasses __getattribute__
log.clear()
class SpyLen(Spy):
    def __len__(self): return 3
len(SpyLen())
print("implicit special lookup:", log)

# __getattribute__ raising AttributeError falls back to __getattr__
class Both:
    def __getattribute__(self, name):
        if name == "hidden":
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"__getattr__ handled {name}"
    visible = "visible"
b = Both()
print(b.visible, "|", b.hidden)

# other exceptions from __getattribute__ propagate (no fallback)
class Boom:
    def __getattribute__(self, name):
        raise KeyError(name)
    def __getattr__(self, name):
        return "never"
try:
    Boom().anything
except KeyError as e:
    print("KeyError propagates:", e)
print("hasattr only swallows AttributeError:", end=" ")
try:
    hasattr(Boom(), "x")
except KeyError:
    print("KeyError raised")

# recursion pitfall avoided with object.__getattribute__; delegation pattern
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print("proxy:", p._target, p.count(1))
try:
    len(p)
except TypeError as e:
    print("TypeError:", e)

# module-level __getattr__ is not tested here; class-level __getattr__ does not apply to the class itself
class NoClassFallback:
    def __getattr__(self, name):
        return "instance fallback"
try:
    NoClassFallback.anything
except AttributeError as e:
    print("AttributeError:", e)
