# description: dir() of classes/instances/modules (sorted, includes inherited), __dir__ override, vars() rules
# features: [builtins, classes]
# expect: output
import sys

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

class Base:
    base_attr = 1
    def base_method(self):
        pass
class Small(Base):
    """doc"""
    z = 0
    a = 1
    def __init__(self):
        self.inst = 2
    def method(self):
        pass
public = lambda names: [n for n in names if not n.startswith("__")]
show("dir(Small) public", lambda: public(dir(Small)))
show("dir(instance) public", lambda: public(dir(Small())))
show("dir is sorted", lambda: dir(Small) == sorted(dir(Small)))
show("dunder subset", lambda: [n for n in ("__init__", "__doc__", "__module__", "__dict__", "__weakref__", "__class__") if n in dir(Small)])
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "alpha", "mid"]
show("__dir__ sorted, dupes kept", lambda: dir(Custom()))
class BadDir:
    def __dir__(self):
        return 5
show("__dir__ non-iterable", lambda: dir(BadDir()))
def local_scope():
    b = 1
    a = 2
    return dir()
show("dir() in function", lambda: local_scope())
show("dir(int) has bit_length", lambda: "bit_length" in dir(int) and "__add__" in dir(int))
show("dir(sys) has path", lambda: "path" in dir(sys))
s = Small()
show("vars(instance)", lambda: vars(s))
show("vars(class) keys", lambda: sorted(k for k in vars(Small) if not k.startswith("__")))
show("vars is __dict__", lambda: vars(s) is s.__dict__)
vars(s)["added"] = 9
show("vars writable", lambda: s.added)
show("vars(int) mappingproxy", lambda: type(vars(int)).__name__)
show("vars(5)", lambda: vars(5))
show("vars(1, 2)", lambda: vars(1, 2))
class Slotted:
    __slots__ = ("a",)
show("vars(slotted)", lambda: vars(Slotted()))
print("module vars is globals:", vars() is globals())
