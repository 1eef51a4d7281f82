# description: ExceptionGroup split, subgroup, derive, nesting and constructor validation
# features: [exception-groups, exceptions]
# min-version: 3.11
# expect: output

def show(eg):
    if eg is None:
        return "None"
    if isinstance(eg, BaseExceptionGroup):
        return f"{type(eg).__name__}({eg.message!r}, [{', '.join(show(e) for e in eg.exceptions)}])"
    return f"{type(eg).__name__}({eg})"

eg = ExceptionGroup("top", [ValueError("v"), ExceptionGroup("sub", [TypeError("t"), ValueError("w")]), KeyError("k")])
print("str:", str(eg))
print("args:", eg.args[0], len(eg.args[1]))
print("exceptions is tuple:", type(eg.exceptions).__name__, len(eg.exceptions))

match, rest = eg.split(ValueError)
print("split match:", show(match))
print("split rest:", show(rest))
print("subgroup TypeError:", show(eg.subgroup(TypeError)))
print("subgroup none:", show(eg.subgroup(OSError)))
print("subgroup all is same object:", eg.subgroup(Exception) is eg)

# predicate form
m, r = eg.split(lambda e: isinstance(e, Exception) and str(e) in ("v", "t"))
print("predicate match:", show(m))
print("predicate rest:", show(r))

# derive keeps the type for a subclass overriding it
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)

mg = MyGroup("mine", [ValueError(1), TypeError(2)])
mm, mr = mg.split(ValueError)
print("derived:", show(mm), show(mr))

# notes and traceback copied to split parts
eg2 = ExceptionGroup("noted", [ValueError(1), TypeError(2)])
eg2.add_note("a note")
part = eg2.subgroup(ValueError)
print("notes copied:", part.__notes__)

# constructor validation
for args in [("m", []), ("m", [1]), (1, [ValueError()]), ("m", ValueError())]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)

print("is Exception:", isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
