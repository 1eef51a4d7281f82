# description: operator.attrgetter with dotted and multiple names and methodcaller with arguments, including reprs and errors
# features: [operator]
# expect: output

from operator import attrgetter, methodcaller
from types import SimpleNamespace as NS

obj = NS(name="root", child=NS(name="leaf", child=NS(depth=2)), size=3)
print("simple:", attrgetter("name")(obj))
print("dotted:", attrgetter("child.name")(obj))
print("deep:", attrgetter("child.child.depth")(obj))
print("multi:", attrgetter("size", "child.name")(obj))
print("repr:", repr(attrgetter("a.b")), repr(attrgetter("x", "y")))
try:
    attrgetter("child.nope")(obj)
except AttributeError as e:
    print("AttributeError:", e)
try:
    attrgetter(1)
except TypeError as e:
    print("TypeError:", e)
people = [NS(n="b", age=30), NS(n="a", age=30), NS(n="c", age=20)]
print("sort:", [p.n for p in sorted(people, key=attrgetter("age", "n"))])

up = methodcaller("upper")
sp = methodcaller("split", ",", maxsplit=1)
print("methodcaller:", up("abc"), sp("a,b,c"))
print("repr:", repr(up), repr(sp))
print("replace:", methodcaller("replace", "a", "o", 1)("banana"))
try:
    methodcaller("nope")(1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    methodcaller(5)
except TypeError as e:
    print("TypeError:", e)
print("on list:", list(map(methodcaller("count", 1), [[1, 1], [2], [1]])))
