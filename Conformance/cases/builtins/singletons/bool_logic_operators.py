# description: and/or return operands (not bools), not returns bool; truthiness of builtins drives short-circuiting
# features: [builtins, bool, operators]
# expect: output
values = [0, 1, "", "s", [], [0], None, 0.0, 2.5, (), {}, {0: 0}]
for a in values[:6]:
    print(repr(a), "and/or with 'x':", repr(a and "x"), repr(a or "x"), "not:", not a)
calls = []
def t(v):
    calls.append(v)
    return v
print("chain and:", t(1) and t(0) and t(2), calls)
calls.clear()
print("chain or:", t(0) or t("") or t("first") or t("never"), calls)
print("mixed:", [] or {} or (), 0 and 1 or 2, None or 0 or "")
print("not of objects:", [not v for v in values])
class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        calls.append("bool:%s" % self.v)
        return self.v
calls.clear()
r = Flag(False) or Flag(True)
print("returns the object itself:", type(r).__name__, r.v, calls)
print("bool() of results:", bool(0 or []), bool("" or "x"))
print("comparison chains return bools:", 1 < 2 < 3, (1 < 2) & True, type(1 < 2).__name__)
print("precedence: not a == b:", not 1 == 2, (not 1) == 2)
