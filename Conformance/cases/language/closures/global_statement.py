# description: global declarations bind module names from functions, nested functions and class bodies
# features: [scoping, functions]
# expect: output

x = "module x"

def read():
    return x

def write():
    global x
    x = "written by function"

def shadow():
    x = "local x"
    return x

print(read(), "|", shadow(), "|", x)
write()
print("after write:", x)

# global in a nested function refers to module scope, not enclosing
def outer():
    x = "outer local"
    def inner():
        global x
        x = "inner set global"
    inner()
    return x
print("outer sees its own:", outer(), "| module:", x)

# creating a new global from a function
def create():
    global brand_new
    brand_new = 42
create()
print("created:", brand_new, "brand_new" in globals())

# global in a class body
class C:
    global from_class
    from_class = "set in class body"
    local_attr = 1
print("class global:", from_class, hasattr(C, "from_class"))

# global del
def remove():
    global brand_new
    del brand_new
remove()
print("deleted:", "brand_new" in globals())

# a name is local for the whole function if assigned anywhere in it
y = "global y"
def uses_before_assign():
    try:
        print(y)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    y = "local y"
uses_before_assign()

# assignment in an unreachable branch still makes it local
def unreachable():
    if False:
        y = 1
    return y
try:
    unreachable()
except UnboundLocalError as e:
    print("unreachable assignment:", e)

# for-loop target, import, def and class names are local bindings too
def bindings():
    for y in range(1):
        pass
    import sys as x
    def fn(): pass
    class K: pass
    return sorted(locals())
print("local bindings:", bindings())

# globals() is the live module dict
globals()["via_dict"] = "hello"
print("via dict:", via_dict)
