# description: copy.copy shares nested objects while copy.deepcopy duplicates them, keeping shared references and immutables
# features: [copy]
# expect: output

import copy

orig = {"list": [1, [2, 3]], "tuple": (1, [4]), "str": "s", "num": 5}
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
orig["list"][1].append(99)
orig["tuple"][1].append(42)
print("shallow sees changes:", sh["list"], sh["tuple"])
print("deep unaffected:", dp["list"], dp["tuple"])
print("shallow new dict:", sh is not orig, sh["list"] is orig["list"])
shared = [0]
pair = [shared, shared]
dpair = copy.deepcopy(pair)
print("shared ref kept:", dpair[0] is dpair[1], dpair[0] is shared)
print("immutable atoms same:", copy.deepcopy(orig["str"]) is orig["str"], copy.deepcopy(orig["num"]) is orig["num"])
t = (1, 2, "x")
print("tuple of immutables same object:", copy.deepcopy(t) is t, copy.copy(t) is t)
t2 = (1, [2])
print("tuple with list copied:", copy.deepcopy(t2) is t2)
print("list copy type:", type(copy.copy([1])).__name__, copy.copy([1]) == [1])
s = {1, 2}
print("set copy:", copy.copy(s) == s, copy.copy(s) is s)
fs = frozenset([1])
print("frozenset copy same:", copy.copy(fs) is fs)
def fn():
    pass
print("functions not copied:", copy.deepcopy(fn) is fn, copy.copy(fn) is fn)
class K:
    pass
print("classes not copied:", copy.deepcopy(K) is K)
b = bytearray(b"ab")
print("bytearray copied:", copy.copy(b) is not b)
