# description: range membership/count/index for ints, floats, bools and custom objects; ValueError messages
# features: [builtins, range]
# expect: output

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

r = range(0, 100, 7)
show("in ints", lambda: (14 in r, 15 in r, -7 in r, 98 in r, 105 in r))
show("in floats", lambda: (14.0 in r, 14.5 in r))
show("in bool", lambda: (True in range(2), False in range(1, 3)))
show("in str", lambda: "7" in r)
show("in None", lambda: None in r)
show("count", lambda: (r.count(7), r.count(8), r.count(7.0), r.count("x")))
show("index", lambda: (r.index(0), r.index(98), r.index(21.0)))
show("index missing", lambda: r.index(5))
show("index missing float", lambda: r.index(5.5))
show("index in negative range", lambda: range(10, -10, -3).index(-5))
class EqSeven:
    def __eq__(self, other):
        return other == 7
    __hash__ = None
show("custom __eq__ in", lambda: EqSeven() in r)
show("custom __eq__ count", lambda: r.count(EqSeven()))
show("custom __eq__ index", lambda: r.index(EqSeven()))
show("big membership", lambda: (10**18 in range(0, 10**19, 2), 10**18 + 1 in range(0, 10**19, 2)))
show("big index", lambda: range(0, 10**30, 3).index(3 * 10**25))
show("int subclass", lambda: (type("I", (int,), {})(14) in r))
