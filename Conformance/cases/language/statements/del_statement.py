# description: del on names, subscripts, slices, attributes and target lists, with the errors each raises
# features: [syntax, list, dict]
# expect: output

x = 1
del x
try:
    x
except NameError as e:
    print("NameError:", e)
try:
    del x
except NameError as e:
    print("NameError on second del:", e)

lst = list(range(10))
del lst[0]
del lst[-1]
print("items:", lst)
del lst[1:3]
print("slice:", lst)
del lst[::2]
print("extended slice:", lst)
del lst[:]
print("all:", lst)

d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print("dict:", d)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError:", e)

# del with a target list, evaluated left to right
a, b, c = 1, 2, 3
lst = [0, 1, 2, 3, 4]
del a, lst[0], lst[0]
print("target list:", lst, "a" in dir(), b, c)
del (b, c)
print("parenthesised:", "b" in dir(), "c" in dir())
lst = [[1, 2], [3, 4]]
del [lst[0][0], lst[1]]
print("list form:", lst)

class O:
    cls_attr = "class"
o = O()
o.attr = 1
del o.attr
print("attr deleted:", hasattr(o, "attr"))
try:
    del o.cls_attr
except AttributeError as e:
    print("AttributeError:", e)

# del in a function makes the name local everywhere in it
g = "global"
def f():
    try:
        print(g)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    if False:
        del g
f()

# __delitem__ receives slice objects
class Rec:
    def __delitem__(self, key):
        print("  __delitem__", key)
r = Rec()
del r[1], r[1:2], r[::3], r[1, 2], r[...]

# deleting from a tuple / string
for obj in [(1, 2), "ab"]:
    try:
        del obj[0]
    except TypeError as e:
        print("TypeError:", e)
try:
    lst = [1]
    del lst[5]
except IndexError as e:
    print("IndexError:", e)
