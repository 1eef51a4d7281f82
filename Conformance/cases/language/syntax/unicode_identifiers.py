# description: non-ASCII identifiers are allowed and NFKC-normalized; invalid identifier characters are rejected
# features: [unicode, syntax, scoping]
# expect: output

café = "coffee"
π = 3.14159
变量 = "chinese"
Ωmega = "greek start"
print("identifiers:", café, π, 变量, Ωmega)

# NFKC normalization: the ligature 'ﬁ' is the same name as 'fi'
ﬁle = "written via ligature"
print("normalized name:", file)
# mathematical bold letters normalize to plain letters
𝐱 = 10
print("bold x is x:", x)
print("globals key is normalized:", "ﬁle" in globals(), "file" in globals())

# attribute and keyword names are normalized too
class K:
    ﬁeld = 1
print("attribute:", K.field)
def f(**kw):
    return sorted(kw)
print("keywords from source are normalized:", f(ﬁ=1))
print("keywords via ** are not:", f(**{"ﬁ": 1}) == ["ﬁ"])

# str.isidentifier agrees with the grammar
for s in ["abc", "_x", "1abc", "café", "a-b", "π2", "€", "x y", "", "__"]:
    print(repr(s), s.isidentifier())

# characters that are not allowed in identifiers
for src in ["a€ = 1", "€ = 1", "a\u200bb = 1"]:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), "->", e.msg)

# getattr with a non-normalized name does not normalize
try:
    getattr(K, "ﬁeld")
except AttributeError:
    print("getattr does not normalize: AttributeError")
