# description: enumerate(start), zip (shortest, strict=True errors), map over multiple iterables, filter(None)
# features: [builtins, iterators]
# min-version: 3.10
# expect: output

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

show("enumerate", lambda: list(enumerate("abc")))
show("enumerate start", lambda: list(enumerate("ab", start=10)))
show("enumerate negative/big start", lambda: (list(enumerate("a", -5)), list(enumerate("ab", 2**64))))
show("enumerate start float", lambda: enumerate("a", 1.5))
show("enumerate is iterator", lambda: (lambda e: (next(e), list(e)))(enumerate("xyz")))
show("zip shortest", lambda: list(zip("abc", [1, 2], (True, False, None))))
show("zip none", lambda: list(zip()))
show("zip one", lambda: list(zip([1, 2])))
show("zip strict ok", lambda: list(zip("ab", [1, 2], strict=True)))
show("zip strict 2nd shorter", lambda: list(zip("abc", [1, 2], strict=True)))
show("zip strict 2nd longer", lambda: list(zip("ab", [1, 2, 3], strict=True)))
show("zip strict 3rd shorter", lambda: list(zip("ab", "cd", "e", strict=True)))
show("zip strict 3rd longer", lambda: list(zip("a", "c", "ef", strict=True)))
consumed = []
def gen(n, tag):
    for i in range(n):
        consumed.append(tag + str(i))
        yield i
list(zip(gen(3, "a"), gen(2, "b")))
show("zip consumption order", lambda: consumed)
show("zip non-iterable", lambda: zip([1], 5))
show("unzip", lambda: list(zip(*[(1, "a"), (2, "b")])))
show("map multi", lambda: list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
show("map pow", lambda: list(map(pow, [2, 3], [3, 2], [5, 5])))
show("map str", lambda: list(map(str.upper, ["a", "b"])))
show("map no iterables", lambda: map(str))
show("map lazy error", lambda: (lambda m: "created")(map(lambda x: 1 / x, [0])))
show("map error on next", lambda: list(map(lambda x: 1 / x, [1, 0])))
show("filter None", lambda: list(filter(None, [0, 1, "", "a", None, [], [0], False, 0.0, 2])))
show("filter func", lambda: list(filter(lambda x: x % 3 == 0, range(10))))
show("filter bool", lambda: list(filter(bool, ["", "x"])))
show("filter non-callable", lambda: list(filter(5, [1])))
show("iterators exhaust", lambda: (lambda m: (list(m), list(m)))(map(abs, [-1, -2])))
