# description: dict | and |= (PEP 584): precedence of right operand, |= accepting pairs, type errors
# features: [builtins, dict, operators]
# min-version: 3.9
# expect: output

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
show("a | b", lambda: a | b)
show("b | a", lambda: b | a)
show("operands unchanged", lambda: (a, b))
show("a | {}", lambda: a | {})
show("a | list", lambda: a | [("q", 1)])
show("list | a", lambda: [("q", 1)] | a)
c = dict(a)
c |= b
show("|= dict", lambda: c)
c |= [("w", 0)]
show("|= pairs", lambda: c)
c |= (("v", i) for i in range(3))
show("|= generator last wins", lambda: c)
def bad():
    d = {}
    d |= 5
show("|= int", bad)
def bad2():
    d = {}
    d |= ["ab", "c"]
show("|= bad pairs", bad2)
alias = c
c |= {"new": 1}
show("|= in place", lambda: alias is c and "new" in alias)
class D(dict):
    pass
show("subclass | type", lambda: type(D(a=1) | {"b": 2}).__name__)
show("dict | subclass type", lambda: type({"b": 2} | D(a=1)).__name__)
show("keys view |", lambda: sorted({"a": 1}.keys() | {"b"}))
show("order of merged", lambda: list({"b": 1, "a": 2} | {"c": 3, "b": 4}))
