# description: the functional Enum API accepts names as a string, list, pairs or mapping, with start, type, module and qualname
# features: [enum]
# min-version: 3.12
# expect: output

from enum import Enum, IntEnum, Flag

Animal = Enum("Animal", "ANT BEE CAT")
print("string:", list(Animal), Animal.BEE.value)
print("commas:", [m.name for m in Enum("E", "A, B,C")])
print("start:", [(m.name, m.value) for m in Enum("S", ["X", "Y"], start=10)])
print("pairs:", list(Enum("P", [("ONE", 1), ("TEN", 10)])))
print("mapping:", list(Enum("M", {"a": "x", "b": "y"})))
Num = IntEnum("Num", "ONE TWO")
print("IntEnum:", Num.TWO + 1, repr(Num.ONE))
Fl = Flag("Fl", "R W X")
print("Flag:", [m.value for m in Fl], repr(Fl.R | Fl.X))
Typed = Enum("Typed", {"A": "a"}, type=str)
print("type=str:", Typed.A.upper(), isinstance(Typed.A, str))
Mod = Enum("Mod", "Q", module="mymodule", qualname="Outer.Mod")
print("module/qualname:", Mod.__module__, Mod.__qualname__)
print("class repr:", repr(Animal), Animal.__name__)
