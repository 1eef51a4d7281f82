# description: function, builtin function, method descriptor and generator attributes and argument errors
# features: [functions, generators, builtins]
# expect: output
def t(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except BaseException as e:
        print(label, "!", type(e).__name__, e)
def f(a, b=2, *args, c, d=4, **kw):
    "doc"
    return a
t("attrs", lambda: (f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__module__))
t("code", lambda: (f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames[:4], f.__code__.co_name))
t("annotations", lambda: f.__annotations__)
t("dict", lambda: f.__dict__)
f.x = 1
t("attr set", lambda: (f.x, f.__dict__))
t("set name", lambda: (setattr(f, "__name__", "g"), f.__name__, setattr(f, "__name__", "f")))
t("set name bad", lambda: setattr(f, "__name__", 1))
t("set qualname bad", lambda: setattr(f, "__qualname__", 1))
t("del name", lambda: delattr(f, "__name__"))
t("set defaults bad", lambda: setattr(f, "__defaults__", 1))
t("set defaults", lambda: (setattr(f, "__defaults__", (9,)), f.__defaults__, setattr(f, "__defaults__", (2,))))
t("del defaults", lambda: (delattr(f, "__defaults__"), f.__defaults__, setattr(f, "__defaults__", (2,))))
t("set kwdefaults bad", lambda: setattr(f, "__kwdefaults__", 1))
t("closure", lambda: f.__closure__)
def outer():
    x = 1
    def inner(): return x
    return inner
t("closure cell", lambda: (type(outer().__closure__[0]).__name__, outer().__closure__[0].cell_contents))
t("closure set", lambda: setattr(outer(), "__closure__", None))
t("globals", lambda: f.__globals__ is globals())
t("globals set", lambda: setattr(f, "__globals__", {}))
t("builtins", lambda: type(f.__builtins__).__name__)
t("lambda name", lambda: (lambda: 0).__name__)
t("call missing", lambda: f())
t("call missing kw", lambda: f(1))
t("call too many", lambda: (lambda a: a)(1, 2))
t("call unexpected kw", lambda: (lambda a: a)(1, b=2))
t("call dup", lambda: (lambda a: a)(1, a=2))
t("call posonly kw", lambda: eval("(lambda a, /: a)(a=1)"))
t("type", lambda: type(f).__name__)
t("func new", lambda: type(f)(f.__code__, {})(1, c=3))
t("type_params", lambda: f.__type_params__)
t("func eq", lambda: f == f)
t("func hash", lambda: hash(f) == hash(f))
t("func get class", lambda: f.__get__(None, int) is f)
t("func call via descr", lambda: type(f).__call__(f, 1, c=2))
t("func dir", lambda: "__wrapped__" in dir(f))
t("builtin attrs", lambda: (len.__name__, len.__qualname__, len.__module__, repr(len), len.__self__.__name__))
t("builtin method", lambda: ([].append.__name__, [].append.__qualname__, type([].append).__name__, repr([].append)[:30]))
t("method descr", lambda: (list.append.__name__, list.append.__qualname__, repr(list.append), list.append.__objclass__))
t("method descr call", lambda: list.append([], 1))
t("method descr bad self", lambda: list.append(1, 1))
t("method descr no args", lambda: list.append())
t("slot wrapper", lambda: (repr(int.__add__), int.__add__(1, 2), repr((1).__add__)[:30]))
t("slot wrapper bad", lambda: int.__add__("a", 1))
t("wrapper kw", lambda: int.__add__(1, x=2))
t("classmethod descr", lambda: (repr(dict.__dict__["fromkeys"]), dict.fromkeys([1])))
t("getset repr", lambda: repr(type.__dict__["__name__"]))
t("builtin no kw", lambda: len([], x=1))
t("builtin too many", lambda: len(1, 2))
t("str method kw", lambda: "a".split(sep=None))


def g(*a, **k): return f(*a, **k)

t("getattr func missing", lambda: f.nope)
t("method of builtin type eq", lambda: [].append == [].append)
l = []
t("same self eq", lambda: l.append == l.append)
t("gen attrs", lambda: (lambda g: (g.__name__, g.__qualname__, type(g).__name__, g.gi_running, g.gi_frame is not None))((x for x in [])))
def gen():
    yield 1
    return 5
gi = gen()
t("gen", lambda: (next(gi), gi.gi_code.co_name))
t("gen return", lambda: next(gi))
t("gen after", lambda: next(gi))
t("gen close", lambda: gen().close())
t("gen throw", lambda: gen().throw(ValueError("x")))
t("gen throw type", lambda: gen().throw(ValueError))
t("gen send start", lambda: gen().send(1))
def gen2():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g2 = gen2(); next(g2)
t("gen ignore exit", lambda: g2.close())
t("gen running", lambda: gen().gi_running)
t("gen yieldfrom", lambda: gen().gi_yieldfrom)
t("gen suspended", lambda: gen().gi_suspended if hasattr(gen(), "gi_suspended") else "n/a")
def selfgen():
    yield next(sg)
sg = selfgen()
t("gen already executing", lambda: next(sg))
def stopgen():
    raise StopIteration
    yield
t("stop in gen", lambda: next(stopgen()))
t("gen name set", lambda: (lambda g: (setattr(g, "__name__", "zz"), g.__name__))(gen()))
t("gen qualname", lambda: gen().__qualname__)
