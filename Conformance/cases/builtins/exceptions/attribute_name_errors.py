# description: AttributeError.name/obj, NameError.name, ImportError.name, KeyError/IndexError messages from builtins
# features: [builtins, exceptions]
# min-version: 3.10
# expect: output
class Thing:
    pass
t = Thing()
try:
    t.missing
except AttributeError as e:
    print("AttributeError:", e, "| name:", e.name, "| obj is t:", e.obj is t)
try:
    Thing.missing
except AttributeError as e:
    print("class attr:", e, "| name:", e.name)
try:
    (5).missing
except AttributeError as e:
    print("int attr:", e, "| name:", e.name)
try:
    undefined_variable_name
except NameError as e:
    print("NameError:", e, "| name:", e.name)
def f():
    print(local_later)
    local_later = 1
try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError:", e, "| is NameError:", isinstance(e, NameError))
try:
    import no_such_module_for_case
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, "| name:", e.name)
try:
    from sys import no_such_name
except ImportError as e:
    print("ImportError:", e, "| name:", e.name)
try:
    del t.nothing
except AttributeError as e:
    print("delattr:", e)
e = AttributeError("custom", name="n", obj=1)
print("kw ctor:", e.name, e.obj, e.args)
n = NameError("x", name="y")
print("NameError kw:", n.name, n.args)
