# description: UserDict, UserList and UserString wrap a real container in .data and route operations through overridable methods
# features: [collections, classes]
# expect: output

from collections import UserDict, UserList, UserString

class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __contains__(self, key):
        return key.lower() in self.data

d = LowerDict({"A": 1})
d["B"] = 2
d.update(C=3)
print("UserDict:", d, d.data, "a" in d, "A" in d, type(d.data).__name__)
print("get missing:", d.get("z", 0), "copy type:", type(d.copy()).__name__)
class Default(UserDict):
    def __missing__(self, key):
        return f"<{key}>"
print("__missing__:", Default()["q"])
print("or:", type(d | {"e": 5}).__name__, sorted((d | {"e": 5}).data))

class Stack(UserList):
    def push(self, x):
        self.append(x)
s = Stack([1, 2])
s.push(3)
print("UserList:", s, s.data, s[1:], type(s[1:]).__name__)
print("ops:", s + [4], type(s + [4]).__name__, [0] + s, type([0] + s).__name__, s * 2)
print("eq list:", s == [1, 2, 3], s < [1, 3])
s.sort(reverse=True)
print("sorted:", s, s.index(2), s.count(1))

class Shout(UserString):
    def upper_twice(self):
        return self.upper() + self.upper()
u = Shout("hey")
print("UserString:", repr(u), u.upper_twice(), type(u.upper()).__name__)
print("str ops:", u + "!", u * 2, u[1:], "e" in u, u.replace("e", "a"), len(u))
print("comparisons:", u == "hey", u < "hez", sorted([Shout("b"), Shout("a")]))
print("data attribute:", u.data, type(u.data).__name__)
