# description: function objects: __name__/__qualname__/__defaults__/__kwdefaults__/__code__ counts, attributes, __doc__
# features: [builtins, functions]
# expect: output
def sample(a, b=2, *args, c, d=4, **kw):
    "sample docstring"
    local = a + b
    return local
print("name/qualname/module:", sample.__name__, sample.__qualname__, sample.__module__)
print("defaults:", sample.__defaults__, sample.__kwdefaults__)
code = sample.__code__
print("code counts:", code.co_argcount, code.co_kwonlyargcount, code.co_posonlyargcount, code.co_name)
print("varnames start:", code.co_varnames[:6])
print("doc:", sample.__doc__)
print("no doc:", (lambda: 0).__doc__, (lambda: 0).__name__)
sample.custom = "attribute"
print("function __dict__:", sample.__dict__)
sample.__defaults__ = (20,)
print("changed defaults:", sample(1, c=0))
sample.__kwdefaults__ = None
try:
    sample(1)
except TypeError as e:
    print("kw-only now required ! TypeError:", e)
def outer():
    x = 10
    def inner():
        return x
    return inner
f = outer()
print("closure cell contents:", [c.cell_contents for c in f.__closure__], f.__code__.co_freevars)
print("globals is module globals:", sample.__globals__ is globals())
def annotated(a: int, b: "str" = "x") -> list:
    pass
print("annotations:", annotated.__annotations__)
sample.__name__ = "renamed"
print("rename:", sample.__name__, sample.__qualname__)
try:
    sample.__name__ = 5
except TypeError as e:
    print("bad name ! TypeError:", e)
print("callable and type name:", callable(sample), type(sample).__name__)
def pos_only(a, /, b):
    return a, b
try:
    pos_only(a=1, b=2)
except TypeError as e:
    print("positional-only ! TypeError:", e)
