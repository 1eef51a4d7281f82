# description: hasattr/getattr with properties that raise: AttributeError means missing, other errors propagate
# features: [builtins, classes, descriptors]
# expect: output
class P:
    @property
    def ok(self):
        return "value"
    @property
    def attr_err(self):
        raise AttributeError("computed missing")
    @property
    def val_err(self):
        raise ValueError("broken property")
p = P()
print("hasattr ok:", hasattr(p, "ok"))
print("hasattr AttributeError property:", hasattr(p, "attr_err"))
try:
    hasattr(p, "val_err")
except ValueError as e:
    print("hasattr propagates ValueError:", e)
print("getattr default on AttributeError:", getattr(p, "attr_err", "default"))
try:
    getattr(p, "val_err", "default")
except ValueError as e:
    print("getattr default does not hide ValueError:", e)
class WithGetattr:
    @property
    def prop(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return "fallback for " + name
print("property AttributeError falls back to __getattr__:", WithGetattr().prop)
try:
    setattr(p, "ok", 1)
except AttributeError as e:
    print("setattr read-only property ! AttributeError:", e)
print("getattr on class gives property object:", type(getattr(P, "ok")).__name__)
print("getattr with non-identifier name:", getattr(p, "not an identifier", "d"))
