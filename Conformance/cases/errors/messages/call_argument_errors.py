# description: TypeError messages for missing, surplus, unexpected and duplicate arguments to Python functions
# features: [exceptions, functions]
# expect: output

def call(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
        print("no error")
    except TypeError as e:
        print("TypeError:", e)

def f(x): pass
def g(x, y, z): pass
def h(a, b=1): pass
def k(*, key): pass
def k2(*, a, b): pass
def p(a, /, b): pass
def none(): pass
def star(*args, flag): pass
def mixed(a, b=2, *, c, d=4): pass

call(f)
call(g, 1)
call(g)
call(k)
call(k2)
call(f, 1, 2)
call(g, 1, 2, 3, 4)
call(h, 1, 2, 3)
call(none, 1)
call(f, 1, y=2)
call(f, x=1, y=2, z=3)
call(f, 1, x=2)
call(p, a=1, b=2)
call(p, 1, 2, a=3)
call(k, 1, key=2)
call(k2, 1, 2)
call(star, 1, 2)
call(mixed, 1, 2, 3)
call(mixed, 1, 2, 3, c=1)
call(mixed, 1)
call(mixed)
call(lambda: None, 1)
call(lambda q: None)

# methods count self in some messages but not others
class C:
    def m(self, a): pass
    @classmethod
    def cm(cls): pass
    @staticmethod
    def sm(x): pass
call(C().m)
call(C().m, 1, 2)
call(C.cm, 1)
call(C.sm)
call(C, 1)
class WithInit:
    def __init__(self, a): pass
call(WithInit)
call(WithInit, 1, 2)
