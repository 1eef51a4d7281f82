# description: with statements with several items enter left to right and exit right to left
# features: [context-managers]
# expect: output

log = []

class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
        log.append(f"init {name}")
    def __enter__(self):
        log.append(f"enter {self.name}")
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        log.append(f"exit {self.name} {et.__name__ if et else None}")
        return self.suppress

with CM("a") as x, CM("b") as y, CM("c"):
    log.append(f"body {x}{y}")
print(log)

# init of later managers happens after entering earlier ones
log.clear()
with CM("p") as p, CM(p.lower() + "q") as q:
    pass
print(log)

# exception in body seen by all, innermost first; outer sees it if inner does not suppress
log.clear()
try:
    with CM("outer"), CM("inner"):
        raise KeyError
except KeyError:
    log.append("caught")
print(log)

# inner suppresses: outer sees no exception
log.clear()
with CM("outer"), CM("inner", suppress=True):
    raise KeyError
print(log)

# failure in a later __enter__ exits only the already-entered managers
class Bad:
    def __enter__(self):
        log.append("enter bad")
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        log.append("exit bad (must not run)")
log.clear()
try:
    with CM("first"), Bad(), CM("never"):
        log.append("body (must not run)")
except RuntimeError as e:
    log.append(str(e))
print(log)

# parenthesized form (3.10+) with trailing comma
log.clear()
with (
    CM("m1") as m1,
    CM("m2") as m2,
):
    log.append(m1 + m2)
print(log)

# targets can be tuples, attributes and subscripts
class Pair:
    def __enter__(self):
        return (1, [2, 3])
    def __exit__(self, *a):
        return False
d = {}
with Pair() as (one, [two, three]):
    print("unpacked:", one, two, three)
with Pair() as d["k"]:
    pass
print("subscript target:", d)
