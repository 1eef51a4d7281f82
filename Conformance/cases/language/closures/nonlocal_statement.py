# description: nonlocal rebinds the nearest enclosing function variable, skipping class scopes and globals
# features: [closures, scoping]
# expect: output

def counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    return inc
c1, c2 = counter(), counter()
print("independent counters:", c1(), c1(), c1(10), c2())

def levels():
    x = "outer"
    def middle():
        x = "middle"
        def inner():
            nonlocal x
            x = "set by inner"
        inner()
        return x
    m = middle()
    return x, m
print("nearest enclosing:", levels())

def skip_level():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "set through middle"
        inner()
    middle()
    return x
print("skips non-binding level:", skip_level())

# nonlocal several names in one statement
def multi():
    a, b = 1, 2
    def swap():
        nonlocal a, b
        a, b = b, a
    swap()
    return a, b
print("multi:", multi())

# class scope in between is skipped for name resolution
def with_class():
    v = "function v"
    class C:
        v = "class v"
        def m(self):
            return v
    return C().m()
print("class scope skipped:", with_class())

# nonlocal in a class body refers to the enclosing function
def class_nonlocal():
    v = 1
    class C:
        nonlocal v
        v = 2
    return v
print("nonlocal in class body:", class_nonlocal())

# augmented assignment without nonlocal makes the name local
def broken():
    n = 0
    def inc():
        n += 1
    try:
        inc()
    except UnboundLocalError as e:
        return str(e)
print("without nonlocal:", broken())

# nonlocal to a variable deleted in the outer scope
def deleted_outer():
    z = 1
    def set_z():
        nonlocal z
        z = 5
    del z
    set_z()
    return z
print("re-created through nonlocal:", deleted_outer())

# generator closing over a nonlocal
def gen_counter():
    total = 0
    def gen():
        nonlocal total
        for i in range(3):
            total += i
            yield total
    return list(gen()), total
print("generator nonlocal:", gen_counter())
