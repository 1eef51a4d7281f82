# description: operations on subclasses of builtin types return base-type instances (int/str/list/dict/set/tuple/bytes)
# features: [builtins, classes, inheritance]
# expect: output
class I(int): pass
class F(float): pass
class S(str): pass
class B(bytes): pass
class L(list): pass
class T(tuple): pass
class D(dict): pass
class St(set): pass
class Fs(frozenset): pass
def tn(x):
    return type(x).__name__
i = I(5)
print("int sub:", tn(i + 1), tn(-i), tn(abs(i)), tn(i * 1), tn(+i), tn(int(i)), tn(i.real), tn(i // 1))
f = F(1.5)
print("float sub:", tn(f + 0), tn(-f), tn(round(f, 1)), tn(f.conjugate()), tn(float(f)))
s = S("abc")
print("str sub:", tn(s + ""), tn(s * 1), tn(s[:]), tn(s.upper()), tn(s.strip()), tn(str(s)), tn(s.replace("", "")), tn("%s" % s))
b = B(b"ab")
print("bytes sub:", tn(b + b""), tn(b[:]), tn(b.lower()), tn(bytes(b)))
l = L([1, 2])
print("list sub:", tn(l + []), tn(l * 1), tn(l[:]), tn(l.copy()), tn(list(l)), tn(sorted(l)))
l2 = l
l2 += [3]
print("list sub += keeps type:", tn(l2), l2 is l)
t = T((1, 2))
print("tuple sub:", tn(t + ()), tn(t[:]), tn(t * 1), tn(tuple(t)))
d = D(a=1)
print("dict sub:", tn(d.copy()), tn(d | {}), tn(dict(d)), tn({} | d))
st = St({1})
print("set sub:", tn(st | set()), tn(st & {1}), tn(st.copy()), tn(st.union()), tn(st - set()))
fs = Fs({1})
print("frozenset sub:", tn(fs | set()), tn(fs.copy()), tn(frozenset(fs)))
print("repr of subclass instances:", repr(i), repr(s), repr(l), repr(d), repr(st), repr(fs), repr(t))
class Keep(list):
    def __add__(self, other):
        return Keep(list(self) + list(other))
print("explicit override keeps type:", tn(Keep([1]) + [2]))
