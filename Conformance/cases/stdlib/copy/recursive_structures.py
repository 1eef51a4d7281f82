# description: deepcopy reproduces self-referencing lists, dicts and objects with the same cycle shape
# features: [copy, recursion]
# expect: output

import copy

a = [1, 2]
a.append(a)
b = copy.deepcopy(a)
print("list cycle:", b[2] is b, b[2] is not a, b[:2])
d = {"name": "root"}
d["self"] = d
d["children"] = [d, {"parent": d}]
e = copy.deepcopy(d)
print("dict cycle:", e["self"] is e, e["children"][0] is e, e["children"][1]["parent"] is e)

class Node:
    def __init__(self, v):
        self.v = v
        self.next = None
n1, n2 = Node(1), Node(2)
n1.next, n2.next = n2, n1
m1 = copy.deepcopy(n1)
print("object cycle:", m1.next.next is m1, m1.next.v, m1 is not n1)
sh = copy.copy(a)
print("shallow cycle points to original:", sh[2] is a)
t = ([],)
t[0].append(t)
tc = copy.deepcopy(t)
print("tuple cycle:", tc[0][0] is tc, tc is not t)
print("repr of copy:", repr(b))
