# description: namedtuple validates field names, renames invalid ones with rename=True, honors module, and _replace rejects unknown fields with TypeError (3.13)
# features: [collections]
# min-version: 3.13
# expect: output

from collections import namedtuple

R = namedtuple("R", ["abc", "def", "ghi", "abc", "_x", "1a"], rename=True)
print("renamed:", R._fields)
for name, fields in [("Bad", "a class"), ("Bad", "a a"), ("Bad", "_a"), ("Bad", "1a"), ("1Bad", "a"), ("Bad", "a-b")]:
    try:
        namedtuple(name, fields)
    except ValueError as e:
        print("ValueError:", e)
M = namedtuple("M", "a", module="mymod")
print("module:", M.__module__)
E = namedtuple("E", "")
print("empty:", E(), E._fields)
try:
    namedtuple("D", "a b", defaults=[1, 2, 3])
except TypeError as e:
    print("TypeError:", e)
P = namedtuple("P", "x y")
try:
    P(1, 2)._replace(z=1)
except TypeError as e:
    print("TypeError:", e)
