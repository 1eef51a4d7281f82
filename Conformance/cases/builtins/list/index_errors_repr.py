# description: list index error messages, recursive list repr, list() constructor from various iterables
# features: [builtins, list]
# expect: output

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

a = [10, 20, 30]
show("a[3]", lambda: a[3])
show("a[-4]", lambda: a[-4])
show("a['1']", lambda: a["1"])
show("a[1.0]", lambda: a.__getitem__(1.0))
show("a[True]", lambda: a[True])
show("a[2**100]", lambda: a[2**100])
show("a[-1]", lambda: a[-1])
show("a[1:2**100]", lambda: a[1:2**100])
r = [1, 2]
r.append(r)
print("recursive repr:", r, str(r))
d = {"self": None}
m = [d]
d["self"] = m
print("mutual recursion:", m)
show("list()", lambda: list())
show("list(str)", lambda: list("ab\U0001F600"))
show("list(dict)", lambda: list({"k1": 1, "k2": 2}))
show("list(dict.items)", lambda: list({"k": 1}.items()))
show("list(range)", lambda: list(range(3, -3, -2)))
show("list(set of small ints)", lambda: list({3, 1, 2}))
show("list(5)", lambda: list(5))
show("list(None)", lambda: list(None))
show("list kw", lambda: list(iterable=[1]))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * i
show("list(old-style sequence)", lambda: list(Seq()))
class LenLies:
    def __iter__(self):
        return iter([1, 2])
    def __len__(self):
        return 1000
show("list ignores wrong __len__", lambda: list(LenLies()))
b = list(a)
print("list copy is new:", b == a, b is not a)
show("len", lambda: (len([]), len([[]]), len([None] * 7)))
show("bool", lambda: (bool([]), bool([0]), bool([[]])))
show("reversed", lambda: list(reversed([1, 2, 3])))
show("unhashable", lambda: hash([]))
show("list as dict key", lambda: {[1]: 2})
