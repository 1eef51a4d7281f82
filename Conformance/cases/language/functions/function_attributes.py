# description: function objects expose __name__, __qualname__, __module__, __doc__, __dict__ and code info
# features: [functions, classes]
# expect: output

def documented(a, b):
    "Adds things."
    c = a + b
    return c

print("name:", documented.__name__)
print("qualname:", documented.__qualname__)
print("module:", documented.__module__)
print("doc:", documented.__doc__)
print("code name:", documented.__code__.co_name)
print("globals is module dict:", documented.__globals__ is globals())

def nodoc():
    x = "not a docstring"
print("no doc:", nodoc.__doc__)

def outer():
    def inner():
        pass
    class Local:
        def m(self):
            def deep(): pass
            return deep
    return inner, Local
inner, Local = outer()
print("qualnames:", inner.__qualname__, Local.__qualname__, Local.m.__qualname__, Local().m().__qualname__)

# arbitrary attributes
documented.tag = "x"
documented.count = 3
print("dict:", sorted(documented.__dict__.items()))

# renaming changes __name__ but not the code name
documented.__name__ = "renamed"
print("renamed:", documented.__name__, documented.__code__.co_name)

# __name__ must be a str
try:
    documented.__name__ = 5
except TypeError as e:
    print("TypeError:", e)

# closure attribute
def make(v):
    def get():
        return v
    return get
g = make(7)
print("closure:", g.__closure__ is not None, len(g.__closure__), g.__closure__[0].cell_contents)
print("freevars:", g.__code__.co_freevars, "no closure:", nodoc.__closure__)

# functions are descriptors: binding through an instance
class C:
    def meth(self):
        return self
c = C()
bound = c.meth
print("bound self:", bound.__self__ is c, bound.__func__ is C.meth)
print("unbound via class is plain function:", type(C.meth).__name__, type(bound).__name__)
print("bound equality:", c.meth == c.meth, C().meth == c.meth)
print("callable:", callable(documented), callable(5))
