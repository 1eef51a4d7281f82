# description: evaluation and consumption order of starred arguments and unpacking targets
# features: [unpacking, iterators]
# expect: output

log = []
class Loud:
    def __init__(self, name, items):
        self.name, self.items = name, items
    def __iter__(self):
        log.append(f"iter {self.name}")
        for i in self.items:
            log.append(f"{self.name} yields {i}")
            yield i

def f(*a, **k):
    return a

log.clear()
print(f(*Loud("A", [1]), *Loud("B", [2])))
print(log)

# unpacking assignment consumes left to right and checks lengths after
log.clear()
try:
    a, b = Loud("C", [1, 2, 3])
except ValueError as e:
    print("ValueError:", e)
print(log)

# star target: everything consumed
log.clear()
first, *rest = Loud("D", [1, 2, 3])
print(first, rest, log)

# dict unpacking calls keys() then __getitem__ in key order
class M:
    def keys(self):
        log.append("keys")
        return ["b", "a"]
    def __getitem__(self, k):
        log.append(f"getitem {k}")
        return k
log.clear()
r = {**M()}
print(r, log)

# ** in a call copies eagerly; mutations afterwards do not matter
kw = {"x": 1}
def g(**k):
    kw["y"] = 2
    return sorted(k)
print("eager copy:", g(**kw), sorted(kw))

# argument order between positional, star and keyword expressions
log.clear()
def v(name):
    log.append(name)
    return name
f(v("a"), *[v("b")], v("c"), k1=v("d"), **{v("e"): v("f")})
print("arg order:", log)
