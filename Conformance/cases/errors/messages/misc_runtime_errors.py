# description: OverflowError, RuntimeError and other runtime error messages from common misuse of builtins
# features: [exceptions, builtins]
# min-version: 3.12
# expect: output

def show(label, fn):
    try:
        r = fn()
        print(label, "-> no error:", r)
    except Exception as e:
        print(f"{label:26} -> {type(e).__name__}: {e}")

show("float('inf') to int", lambda: int(float("inf")))
show("huge float conversion", lambda: float(10 ** 400))
show("str * huge", lambda: "ab" * (2 ** 62))
show("round(inf)", lambda: round(float("inf")))
show("round(nan)", lambda: round(float("nan")))
show("next(iter([]))", lambda: next(iter([])))
show("dict changed size", lambda: [d.pop(k) for d in [{1: 1, 2: 2}] for k in d])
show("set changed size", lambda: [s.add(k + 10) for s in [{1}] for k in s])
show("list.sort compare", lambda: sorted([1, "a"]))
show("max empty", lambda: max([]))
show("min empty default", lambda: min([], default="dflt"))
show("reversed(5)", lambda: reversed(5))
show("zip strict", lambda: list(zip([1, 2], [1], strict=True)))
show("NotImplementedError", lambda: (_ for _ in ()).throw(NotImplementedError("todo")))
