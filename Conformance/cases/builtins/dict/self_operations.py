# description: operations whose argument is the container itself: list extend/+=/slice, dict update/|=, set ops with self
# features: [builtins, list, dict, set]
# expect: output
a = [1, 2, 3]
a.extend(a)
print("list.extend(self):", a)
b = [1, 2]
b += b
print("list += self:", b)
c = [1, 2, 3]
c[1:2] = c
print("slice = self:", c)
d = [1, 2]
d *= 2
print("*= 2:", d)
e = [3, 1, 2]
e[:] = sorted(e)
print("e[:] = sorted(e):", e)
f = [1, 2, 3, 4]
f[::2] = f[::-2]
print("ext slice from reversed self:", f)
g = {"a": 1}
g.update(g)
print("dict.update(self):", g)
g |= g
print("dict |= self:", g)
s = {1, 2, 3}
s |= s
print("set |= self:", s)
s &= s
print("set &= self:", s)
s2 = set(s)
s2 ^= s2
print("set ^= self:", s2)
s3 = {1, 2}
s3 -= s3
print("set -= self:", s3)
s4 = {1, 2}
s4.update(s4)
s4.difference_update(s4)
print("update/difference_update self:", s4)
t = [[]] * 2
t[0].extend(t)
print("nested alias extend:", len(t[0]), t[0][0] is t[0])
bb = bytearray(b"ab")
bb.extend(bb)
print("bytearray.extend(self):", bb)
bb = bb + bb
print("bytearray + self:", bb)
