# description: re.escape escapes only special characters, and compiled Pattern exposes pattern, flags, groups, groupindex and repr
# features: [re]
# expect: output

import re

print("escape:", re.escape("a.b*c?d+(e)[f]{g}^h$i|j\\k-l#m&n~o p\tq/r'"))
print("escape unicode:", re.escape("café_日本 123"))
print("escape bytes:", re.escape(b"1+1=2?"))
print("escape roundtrip:", re.fullmatch(re.escape("[x](y)"), "[x](y)") is not None)
p = re.compile(r"(?P<key>\w+)=(?P<val>\w*)(,)?", re.I | re.M)
print("pattern:", p.pattern)
print("flags:", p.flags, re.compile("x").flags, re.compile(b"x").flags)
print("groups:", p.groups, "groupindex:", dict(p.groupindex))
try:
    p.groupindex["new"] = 1
except TypeError as e:
    print("groupindex read-only:", type(e).__name__)
print("repr:", repr(p))
print("repr plain:", repr(re.compile("a+")), repr(re.compile(b"a", re.S)))
print("compile of pattern returns same:", re.compile(p) is p)
try:
    re.compile(p, re.S)
except ValueError as e:
    print("ValueError:", e)
print("equality:", re.compile("a") == re.compile("a"), re.compile("a") == re.compile("a", re.I))
print("hashable:", hash(re.compile("q")) == hash(re.compile("q")))
