# description: class vs instance attributes: shadowing, deletion revealing class attribute, mutation of shared class lists
# features: [builtins, classes]
# expect: output
class C:
    shared = []
    count = 0
    def __init__(self, name):
        self.name = name
a, b = C("a"), C("b")
a.shared.append("from a")
print("shared mutable class attr:", b.shared, C.shared is a.shared)
a.count += 1
print("augmented assignment creates instance attr:", a.count, b.count, C.count, "count" in vars(a))
del a.count
print("delete reveals class attr:", a.count)
try:
    del a.count
except AttributeError as e:
    print("delete again ! AttributeError:", e)
C.count = 10
print("class change visible where not shadowed:", a.count, b.count)
C.new_method = lambda self: "added " + self.name
print("methods added later:", a.new_method())
a.name = "renamed"
print("instance dict:", sorted(vars(a).items()))
try:
    del C.missing
except AttributeError as e:
    print("delete missing class attr ! AttributeError:", e)
class Sub(C):
    pass
Sub.count = 99
print("subclass shadowing:", Sub("s").count, C.count)
del Sub.count
print("after delete on subclass:", Sub("s").count)
print("class attribute lookup via type:", type(a).count, getattr(C, "shared") is C.shared)
