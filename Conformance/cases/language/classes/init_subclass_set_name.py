# description: __init_subclass__ with class keywords, __set_name__ ordering and __class_getitem__
# features: [classes, descriptors, inheritance]
# expect: output

registry = []

class Plugin:
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        registry.append(cls.plugin_name)

class Alpha(Plugin): pass
class Beta(Plugin, name="custom-beta"): pass
class Gamma(Beta): pass
print("registry:", registry)
print("base not registered itself:", hasattr(Plugin, "plugin_name"))
print("implicit classmethod:", type(Plugin.__dict__["__init_subclass__"]).__name__)

# unexpected keyword reaches object.__init_subclass__
try:
    class Bad(Plugin, name="x", color="red"): pass
except TypeError as e:
    print("TypeError:", e)

# __set_name__ is called for each descriptor in definition order with owner and name
calls = []
class Field:
    def __set_name__(self, owner, name):
        calls.append((owner.__name__, name))
        self.name = name
    def __get__(self, obj, objtype=None):
        return self if obj is None else obj.__dict__.get(self.name, f"<{self.name} unset>")

class Model:
    title = Field()
    body = Field()
    other = 5
    alias = title   # same object: __set_name__ called again with the new name
print("set_name calls:", calls)
print("attribute name kept last:", Model.title.name)
m = Model()
print("unset:", m.body)

# __set_name__ called before __init_subclass__ of the parent
order = []
class Tracker:
    def __set_name__(self, owner, name):
        order.append(f"set_name {name}")
class Parent:
    def __init_subclass__(cls):
        order.append(f"init_subclass {cls.__name__}")
class Child(Parent):
    t = Tracker()
print("order:", order)

# __set_name__ not called for attributes added later
late = Field()
Model.late = late
print("late has name:", hasattr(late, "name"))

# __class_getitem__ is an implicit classmethod
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item if isinstance(item, str) else getattr(item, '__name__', item)}]"
print("class_getitem:", Box[int], Box["x"], Box[1, 2])
try:
    Box()[int]
except TypeError as e:
    print("TypeError:", e)

# builtin generics
print("list[int]:", list[int], type(list[int]).__name__, list[int]([1, 2]))
print("dict[str, int] args:", dict[str, int].__args__ == (str, int), dict[str, int].__origin__ is dict)
