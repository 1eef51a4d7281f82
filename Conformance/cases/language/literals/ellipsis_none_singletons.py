# description: Ellipsis, None, NotImplemented and bool literals are singletons with fixed reprs and truthiness
# features: [literals, builtins]
# expect: output

print("ellipsis:", ..., repr(...), Ellipsis is ..., type(...).__name__)
print("none:", None, repr(None), type(None).__name__, None is None)
print("notimplemented:", NotImplemented, type(NotImplemented).__name__)
print("truthiness:", bool(...), bool(None), bool(True), bool(False))

# singletons: calling their types returns the same object
print("type calls:", type(None)() is None, type(...)() is ..., type(NotImplemented)() is NotImplemented)

# Ellipsis in code: as placeholder body and in subscripts
def todo():
    ...
print("placeholder body returns:", todo())
class S:
    def __getitem__(self, k):
        return k
print("subscript:", S()[...], S()[1, ..., 2])

# None comparisons
print("== None:", None == None, None == 0, None == False, None != "")
try:
    None < 1
except TypeError as e:
    print("TypeError:", e)

# cannot assign to keywords
for src in ["None = 1", "True = 1", "... = 1", "__debug__ = 1"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(repr(src), "->", e.msg)

# NotImplemented in boolean context is deprecated; only check identity semantics
print("NotImplemented returned by dunders:", (1).__add__("x") is NotImplemented)
print("hash stable:", hash(None) == hash(None), hash(...) == hash(...))
print("bool ops on None:", None or "fallback", None and "never")
