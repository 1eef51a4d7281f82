# description: NameError and UnboundLocalError messages and the name attribute for globals, locals, frees and deleted names
# features: [exceptions, scoping]
# expect: output

def show(fn):
    try:
        fn()
    except NameError as e:
        print(f"{type(e).__name__}: {e} | name={e.name!r}")

show(lambda: undefined_global)
def uses_builtin_typo():
    return lenn([])
show(uses_builtin_typo)

x_deleted = 1
del x_deleted
show(lambda: x_deleted)

def local_before_assignment():
    print(v)
    v = 1
show(local_before_assignment)

def deleted_local():
    w = 1
    del w
    return w
show(deleted_local)

def free_before_assignment():
    def inner():
        return z
    r = inner()
    z = 1
    return r
show(free_before_assignment)

def class_body_name():
    class C:
        attr = missing_in_class
show(class_body_name)

# UnboundLocalError is a NameError subclass
print("subclass:", issubclass(UnboundLocalError, NameError))

# names in except handlers are deleted afterwards
def handler_name():
    try:
        raise ValueError
    except ValueError as err:
        pass
    return err
show(handler_name)

# NameError from eval with explicit namespaces
try:
    eval("a + b", {"a": 1})
except NameError as e:
    print("eval:", e)

# str(e) does not contain the "Did you mean" suggestion
def typo():
    value = 1
    return valeu
try:
    typo()
except NameError as e:
    print("suggestion not in str:", str(e))
