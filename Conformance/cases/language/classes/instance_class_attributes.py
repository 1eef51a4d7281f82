# description: instance attributes shadow class attributes; mutation through instances affects the shared class value
# features: [classes]
# expect: output

class Counter:
    count = 0
    shared = []
    def __init__(self, name):
        self.name = name
        Counter.count += 1
    def bump(self):
        self.count += 1  # creates an instance attribute
        return self.count

a, b = Counter("a"), Counter("b")
print("class count:", Counter.count, a.count, b.count)
print("bump:", a.bump(), a.bump(), "class still:", Counter.count, "b:", b.count)
print("a dict:", sorted(a.__dict__.items()))

a.shared.append("from a")
print("shared mutable:", b.shared, Counter.shared is b.shared)
b.shared = ["b own"]
print("rebinding on instance:", a.shared, b.shared)

del a.count
print("after del instance attr:", a.count)
try:
    del a.count
except AttributeError as e:
    print("AttributeError:", e)

# class attribute changed later is seen by instances without their own
Counter.count = 100
print("late class change:", b.count)

# methods looked up on class each time
def new_bump(self):
    return "replaced"
Counter.bump = new_bump
print("replaced method:", b.bump())

# instance attribute with a function is not bound
b.fn = lambda: "instance function, no self"
print(b.fn())

# __class__ assignment
class Other:
    def who(self):
        return "Other"
obj = Counter("c")
obj.__class__ = Other
print("class switched:", type(obj).__name__, obj.who(), obj.name)

# vars() and setattr/getattr/hasattr/delattr with names
setattr(obj, "dyn", 5)
print("getattr:", getattr(obj, "dyn"), getattr(obj, "missing", "default"), hasattr(obj, "dyn"))
delattr(obj, "dyn")
print("after delattr:", hasattr(obj, "dyn"), sorted(vars(obj)))

# attributes that are not identifiers
setattr(obj, "not an identifier!", 1)
print("odd name:", getattr(obj, "not an identifier!"))
