# description: assigning or deleting dunders on a class after creation updates the class and its subclasses; builtin subclasses and metaclass dunders
# features: [classes, operators, metaclasses]
# expect: output
def t(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except BaseException as e:
        print(label, "!", type(e).__name__, e)
# type attribute assignment updating slots
class A: pass
a = A()
A.__add__ = lambda self, o: "added"
t("late add", lambda: a + 1)
A.__len__ = lambda self: 7
t("late len", lambda: (len(a), bool(a)))
del A.__len__
t("del len", lambda: len(a))
A.__eq__ = lambda s, o: True
t("late eq", lambda: a == 5)
A.__hash__ = None
t("late hash none", lambda: hash(a))
class B(A): pass
A.__repr__ = lambda s: "A-repr"
t("subclass sees late repr", lambda: repr(B()))
A.__call__ = lambda s, *a: ("called", a)
t("late call", lambda: B()(1))
A.__getattr__ = lambda s, n: "dyn " + n
t("late getattr", lambda: B().zzz)
del A.__getattr__
t("del getattr", lambda: B().zzz)
A.__iter__ = lambda s: iter([1, 2])
t("late iter", lambda: list(B()))
A.__bool__ = lambda s: False
t("late bool", lambda: bool(B()))
A.__getitem__ = lambda s, k: k
t("late getitem", lambda: B()[5])
A.__contains__ = lambda s, k: k == 1
t("late contains", lambda: (1 in B(), 2 in B()))
A.__neg__ = lambda s: "neg"
t("late neg", lambda: -B())
A.__lt__ = lambda s, o: "lt"
t("late lt", lambda: B() < 1)
A.__index__ = lambda s: 3
t("late index", lambda: [0,1,2,3][B()])
A.__enter__ = lambda s: "entered"
A.__exit__ = lambda s, *a: None
t("late with", lambda: exec("with B() as q: print(q)", {"B": B}))
A.__init__ = lambda s, x: setattr(s, "x", x)
t("late init", lambda: B(4).x)
A.__new__ = lambda cls, *a: "from new"
t("late new", lambda: B(4))
del A.__new__
# set __hash__ after __eq__ inheritance
class E1:
    def __eq__(self, o): return True
class E2(E1):
    __hash__ = E1.__hash__
t("E2 hash", lambda: hash(E2()))
class E3(E1):
    def __hash__(self): return 1
t("E3 hash", lambda: hash(E3()))
# __eq__ in base, sub defines __hash__ only
class HB:
    def __hash__(self): return 42
class HS(HB):
    def __eq__(self, o): return False
t("HS hash", lambda: HS.__hash__)
# builtin subclasses with dunders
class MyInt(int):
    def __add__(self, o): return "myadd"
t("myint", lambda: (MyInt(1) + 1, 1 + MyInt(1), MyInt(1) - 1, sum([MyInt(1)], 0)))
class MyStr(str):
    def __len__(self): return 99
t("mystr", lambda: (len(MyStr("a")), MyStr("a") + "b", MyStr("ab")[0], str(MyStr("x")), repr(MyStr("x"))))
class MyList(list):
    def __getitem__(self, i): return "gi"
t("mylist", lambda: (MyList([1])[0], list(MyList([1, 2])), MyList([1]) == [1]))
class MyDict(dict):
    def __getitem__(self, k): return "mdgi"
    def __missing__(self, k): return "missing"
t("mydict", lambda: (MyDict(a=1)["a"], MyDict().get("a"), dict(MyDict(a=1))))
class MyDict2(dict):
    def __missing__(self, k): return "missing " + str(k)
t("missing", lambda: MyDict2()[3])
class MyTuple(tuple):
    def __new__(cls, *a): return super().__new__(cls, a)
t("mytuple", lambda: (MyTuple(1, 2), type(MyTuple(1) + (2,)).__name__))
class MyFloat(float):
    def __repr__(self): return "MF"
t("myfloat", lambda: (repr(MyFloat(1.5)), str(MyFloat(1.5)), f"{MyFloat(1.5)}", MyFloat(1.5) * 2))
class Callable:
    def __call__(self): return "c"
class SubCallable(Callable): pass
t("callable sub", lambda: (SubCallable()(), callable(SubCallable()), callable(SubCallable)))
class Cls:
    @property
    def __call__(self): return lambda: "prop call"
t("call via property", lambda: Cls()())
class GetItemCls:
    def __class_getitem__(cls, k): return ("cgi", k)
t("class_getitem", lambda: GetItemCls[int])
class Sub2(GetItemCls): pass
t("class_getitem inherit", lambda: Sub2[1])
t("class_getitem plain", lambda: A[1])
# __getattribute__ on type via metaclass
class Meta(type):
    def __getattribute__(cls, n):
        if n == "magic": return "meta magic"
        return super().__getattribute__(n)
    def __getattr__(cls, n): return "meta getattr " + n
class WM(metaclass=Meta): pass
t("meta getattribute", lambda: (WM.magic, WM.other, WM.__name__))
class MetaLen(type):
    def __len__(cls): return 3
    def __iter__(cls): return iter("ab")
    def __getitem__(cls, k): return ("meta gi", k)
class WL(metaclass=MetaLen): pass
t("meta dunders", lambda: (len(WL), list(WL), WL[1]))
class MetaRepr(type):
    def __repr__(cls): return "MR"
class WR(metaclass=MetaRepr): pass
t("meta repr", lambda: (repr(WR), str(WR)))
class OpMeta(type):
    def __or__(cls, o): return "meta or"
class WO(metaclass=OpMeta): pass
t("meta or", lambda: (WO | int, int | WO))
t("type or", lambda: (int | A))
class DescrCls:
    def __get__(self, o, t): return ("get", o is None, t.__name__)
class HasD:
    d = DescrCls()
t("descr class access", lambda: HasD.d)
class SetOnly:
    def __set__(self, o, v): pass
class HasSO:
    s = SetOnly()
t("setonly on class", lambda: type(HasSO.s).__name__)
class InstDescr:
    pass
i = InstDescr(); i.d = DescrCls()
t("descr in instance dict not invoked", lambda: type(i.d).__name__)
