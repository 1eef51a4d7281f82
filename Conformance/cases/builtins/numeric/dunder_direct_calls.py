# description: calling numeric dunders directly returns NotImplemented for foreign types; reflected and unary dunders
# features: [builtins, int, float, operators]
# expect: output
print("int.__add__(float):", (1).__add__(1.5), "float.__radd__(int):", (1.5).__radd__(1))
print("int.__add__(bool):", (1).__add__(True), "bool.__add__(bool):", True.__add__(True))
print("int.__truediv__:", (7).__truediv__(2), (7).__rtruediv__(2), (7).__floordiv__(2.0))
print("float.__mod__:", (7.5).__mod__(2), (7.5).__rmod__(2))
print("str.__add__(str):", "a".__add__("b"), "str.__mul__:", "ab".__mul__(2), "ab".__rmul__(2))
print("list.__add__(tuple) raises:", end=" ")
try:
    [].__add__(())
except TypeError as e:
    print("TypeError:", e)
print("list.__iadd__(tuple):", [1].__iadd__((2,)))
print("int.__eq__(str):", (1).__eq__("1"), "float.__lt__(str):", (1.0).__lt__("a"))
print("complex.__lt__:", (1j).__lt__(2j))
print("unary:", (5).__neg__(), (5).__pos__(), (5).__invert__(), (-2.5).__abs__(), (3 + 4j).__abs__())
print("__bool__:", (0).__bool__(), (0.0).__bool__(), (0j).__bool__(), True.__bool__())
print("__int__/__float__/__index__:", (3.9).__int__(), (3).__float__(), True.__index__())
print("__round__:", (2.5).__round__(), (2.675).__round__(2), (15).__round__(-1))
print("__divmod__:", (7).__divmod__(-2), (7).__rdivmod__(-2), (7.5).__divmod__(2))
print("__pow__ 3-arg:", (2).__pow__(10, 1000), (2).__rpow__(10))
print("__hash__ agrees:", (1).__hash__() == (1.0).__hash__() == True.__hash__())
print("__len__/__getitem__ on str:", "abc".__len__(), "abc".__getitem__(1), "abc".__getitem__(slice(0, 2)))
print("__contains__:", [1, 2].__contains__(2), {"k": 1}.__contains__("k"))
print("__lt__ on list with int:", [1].__lt__(1))
print("__format__:", (255).__format__("x"), (0.5).__format__(".2%"), "s".__format__("^5"))
print("__sizeof__ positive:", all(x.__sizeof__() > 0 for x in (1, 1.0, "", [], {}, ())))
