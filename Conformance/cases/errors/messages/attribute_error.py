# description: AttributeError messages for builtin instances, None, types, modules and user classes, with name/obj attributes
# features: [exceptions, classes]
# expect: output
import sys

def show(fn):
    try:
        fn()
    except AttributeError as e:
        print(f"AttributeError: {e} | name={e.name!r}")

show(lambda: (1).foo)
show(lambda: None.upper)
show(lambda: "s".appendx)
show(lambda: [].push)
show(lambda: {}.has_key)
show(lambda: (1.5).real.nothing)
show(lambda: int.nothing)
show(lambda: sys.no_such_attribute)
show(lambda: type(sys).nothing)

class User:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
show(lambda: User().missing)
show(lambda: User.missing)

# obj attribute references the object
try:
    User().missing
except AttributeError as e:
    print("obj is a User:", type(e.obj).__name__)

# read-only attributes of builtins
def set_real():
    (1).real = 2
try:
    set_real()
except AttributeError as e:
    print("AttributeError:", e)
def set_method():
    [].append = None
try:
    set_method()
except AttributeError as e:
    print("AttributeError:", e)

# setting attributes on builtin types
def set_on_type():
    int.new_attr = 1
try:
    set_on_type()
except TypeError as e:
    print("TypeError:", e)

# AttributeError raised manually keeps its message; name defaults to None
try:
    raise AttributeError("custom message")
except AttributeError as e:
    print("manual:", e, e.name, e.obj)
