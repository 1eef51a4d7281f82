# description: BaseExceptionGroup/ExceptionGroup construction rules, split/subgroup/derive, except* wrapping
# features: [exceptions, exception-groups]
# expect: output
def t(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except BaseException as e:
        print(label, "!", type(e).__name__, e)
eg = ExceptionGroup("msg", [ValueError(1), TypeError(2), ExceptionGroup("inner", [KeyError(3), ValueError(4)])])
t("repr", lambda: repr(eg))
t("str", lambda: str(eg))
t("args", lambda: eg.args)
t("message exceptions", lambda: (eg.message, eg.exceptions))
t("split", lambda: eg.split(ValueError))
t("split tuple", lambda: eg.split((ValueError, KeyError)))
t("split pred", lambda: eg.split(lambda e: isinstance(e, KeyError)))
t("subgroup", lambda: eg.subgroup(TypeError))
t("subgroup none", lambda: eg.subgroup(OSError))
t("subgroup self", lambda: eg.subgroup(ExceptionGroup) is eg)
t("split bad", lambda: eg.split(1))
t("split class non-exc", lambda: eg.split(int))
t("derive", lambda: eg.derive([ValueError(9)]))
t("BEG auto", lambda: type(BaseExceptionGroup("x", [ValueError()])).__name__)
t("BEG base", lambda: type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
t("EG base", lambda: ExceptionGroup("x", [KeyboardInterrupt()]))
t("EG tuple", lambda: ExceptionGroup("x", (ValueError(),)))
t("EG set", lambda: ExceptionGroup("x", {ValueError()}))
t("EG kw", lambda: ExceptionGroup("x", [ValueError()], y=1))
t("EG 1 arg", lambda: ExceptionGroup("x"))
t("EG 3 arg", lambda: ExceptionGroup("x", [ValueError()], 1))
t("EG str nonstr", lambda: ExceptionGroup(1, [ValueError()]))
t("EG non-exc", lambda: ExceptionGroup("x", [1]))
t("EG non-exc class", lambda: ExceptionGroup("x", [ValueError]))
t("EG empty", lambda: ExceptionGroup("x", []))
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message, excs)
m = MyEG("m", [ValueError(1), TypeError(2)])
m.add_note("note1")
m.__cause__ = KeyError()
t("my split", lambda: [(type(x).__name__, x.__notes__ if x is not None else None) for x in m.split(ValueError)])
t("my split cause", lambda: m.split(ValueError)[0].__cause__)
class MyBEG(BaseExceptionGroup): pass
t("MyBEG", lambda: type(MyBEG("x", [ValueError()])).__name__)
class MyEG2(Exception, BaseExceptionGroup): pass
t("MyEG2 base", lambda: MyEG2("x", [KeyboardInterrupt()]))
t("class getitem", lambda: ExceptionGroup[int])
t("str one", lambda: str(ExceptionGroup("m", [ValueError()])))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("caught*", repr(e))
except* TypeError as e:
    print("outer caught*", repr(e))
try:
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("naked wrapped", repr(e), repr(e.exceptions[0]))
except Exception as e:
    print("?", e)
def raiser():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
try:
    raiser()
except BaseException as e:
    print("raise in except*:", repr(e), [repr(x) for x in getattr(e, "exceptions", [])])
