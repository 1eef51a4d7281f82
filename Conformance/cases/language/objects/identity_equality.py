# description: identity (is) versus equality (==) for mutable values, copies, NaN, and singletons
# features: [operators, builtins]
# expect: output

a = [1, 2]
b = a
c = [1, 2]
print("alias:", a is b, a == b, "copy:", a is c, a == c, a is not c)
b.append(3)
print("mutation through alias:", a, c)

# copies
print("slice copy:", a[:] is a, a[:] == a, "list():", list(a) is a, "a.copy():", a.copy() == a)
t = (1, 2)
print("tuple copies are equal:", tuple(t) == t, t[:] == t)

# equality across types
print("1 == 1.0 == True:", 1 == 1.0 == True, "int(1) is not True:", int(1) is not True)
print("[] == ():", [] == (), "[1] == [1.0]:", [1] == [1.0], "{1} == frozenset({1}):", {1} == frozenset({1}))
print("dict eq ignores order:", {"a": 1, "b": 2} == {"b": 2, "a": 1}, "range eq:", range(0) == range(2, 2), range(3) == range(0, 3, 1))
print("str vs bytes:", "a" == b"a", "list vs tuple:", [1, 2] == (1, 2))

# containers compare elements with identity shortcut first
nan = float("nan")
l1 = [nan]
print("nan in containers:", l1 == l1, [nan] == [nan], [float("nan")] == [float("nan")], (nan,) == (nan,))

# singletons
print("None/True/False/Ellipsis identity:", None is None, True is (1 == 1), ... is Ellipsis)
x = None
print("is None idiom:", x is None, x == None)

# class instances default to identity equality
class P: pass
p1, p2 = P(), P()
print("instances:", p1 == p1, p1 == p2, p1 is p2)

# id() is stable for the lifetime and distinct for live objects
o1, o2 = object(), object()
print("id distinct:", id(o1) != id(o2), "stable:", id(o1) == id(o1))

# augmented assignment identity: lists in place, tuples new
lst = [1]
lid = id(lst)
lst += [2]
tup = (1,)
tid = id(tup)
tup += (2,)
print("list += keeps identity:", id(lst) == lid, "tuple += new object:", id(tup) != tid)
