# description: BaseException.add_note and __notes__, ExceptionGroup construction, subgroup/split and except*
# features: [builtins, exceptions, exception-groups]
# min-version: 3.11
# expect: output
e = ValueError("base")
e.add_note("first note")
e.add_note("second note")
print("notes:", e.__notes__)
try:
    e.add_note(5)
except TypeError as err:
    print("non-str note ! TypeError:", err)
eg = ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2"), KeyError("k")])
print("group:", str(eg), repr(eg.message), len(eg.exceptions))
print("is Exception:", isinstance(eg, Exception), type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
print("auto ExceptionGroup:", type(BaseExceptionGroup("x", [ValueError()])).__name__)
vg = eg.subgroup(ValueError)
print("subgroup:", [str(x) for x in vg.exceptions], vg.message)
match, rest = eg.split((TypeError, KeyError))
print("split match:", [type(x).__name__ for x in match.exceptions], "rest:", [str(x) for x in rest.exceptions])
print("subgroup none:", eg.subgroup(OSError))
print("subgroup predicate:", [str(x) for x in eg.subgroup(lambda x: "2" in str(x)).exceptions])
for bad in [("m", []), ("m", [1]), (5, [ValueError()]), ("m", ValueError())]:
    try:
        ExceptionGroup(*bad)
    except (TypeError, ValueError) as err:
        print("bad ctor", type(err).__name__ + ":", err)
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as err:
    print("BaseException in ExceptionGroup ! TypeError:", err)
caught = []
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as g:
    caught.append(("value", [x.args[0] for x in g.exceptions]))
except* TypeError as g:
    caught.append(("type", [x.args[0] for x in g.exceptions]))
print("except*:", caught)
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), OSError(2)])
    except* ValueError:
        pass
except ExceptionGroup as remaining:
    print("unhandled rest re-raised:", [type(x).__name__ for x in remaining.exceptions])
try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked exception wrapped:", type(g).__name__, [str(x) for x in g.exceptions])
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
print("nested subgroup:", repr(nested.subgroup(ValueError)))
