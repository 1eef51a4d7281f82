# description: * and ** unpacking in calls, list/tuple/set/dict displays, with ordering and duplicate-key rules
# features: [unpacking, functions, dict]
# expect: output

def show(*args, **kwargs):
    return args, sorted(kwargs.items())

print("calls:", show(*[1, 2], 3, *(4,), *"ab"))
print("kwargs:", show(**{"a": 1}, b=2, **{"c": 3}))
print("mixed:", show(1, *[2], x=1, *[3], **{"y": 2}))
print("generators:", show(*(i for i in range(3))))
print("empty:", show(*[], **{}))

# duplicate keyword across unpackings
try:
    show(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    show(a=1, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)

# ** needs a mapping with string keys
try:
    show(**{1: "x"})
except TypeError as e:
    print("TypeError:", e)
try:
    show(**[1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    show(*5)
except TypeError as e:
    print("TypeError:", e)

# custom mapping for **: keys() and __getitem__
class Mapping:
    def keys(self):
        return ["k1", "k2"]
    def __getitem__(self, key):
        return key.upper()
print("custom mapping:", show(**Mapping()))

# displays
print("list:", [*range(3), *"ab", 9])
print("tuple:", (*[1, 2], 3), (*[],))
print("set:", sorted({*[3, 1], *(1, 2)}))
print("dict:", {**{"a": 1, "b": 2}, "b": 20, **{"c": 3}})
print("dict later wins:", {"x": 1, **{"x": 2}}, {**{"x": 2}, "x": 1})
print("dict from custom mapping:", {**Mapping()})

# star expression in return, yield, subscripts (3.11+ for subscripts)
def ret():
    return *[1, 2], 3
print("return:", ret())
def gen():
    yield *"ab", "c"
print("yield:", list(gen()))
d = {}
d[*"ab",] = 1
print("subscript tuple:", d)

# starred for iteration and in print
print(*["print", "spreads", "args"], sep="-")
for x in *[1], *[2]:
    print("for over starred:", x)
