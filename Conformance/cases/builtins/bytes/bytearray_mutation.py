# description: bytearray in-place mutation: item/slice assignment, append/extend/insert/pop/remove, +=, *=, del
# features: [builtins, bytes, slicing]
# min-version: 3.13
# expect: output

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

ba = bytearray(b"hello")
ba[0] = 74
print("item set:", ba)
show("set str", lambda: ba.__setitem__(0, "J"))
show("set 256", lambda: ba.__setitem__(0, 256))
show("set out of range", lambda: ba.__setitem__(10, 1))
ba[1:3] = b"EE"
print("slice same len:", ba)
ba[1:3] = b"abcdef"
print("slice grow:", ba)
ba[1:7] = b""
print("slice shrink:", ba)
ba[::2] = b"XY"
print("ext slice:", ba)
show("ext slice mismatch", lambda: ba.__setitem__(slice(None, None, 2), b"abc"))
ba[1:1] = [33, 34]
print("insert via slice of ints:", ba)
ba.append(46)
ba.extend(b"!!")
ba.extend([63])
ba.extend(range(48, 50))
print("append/extend:", ba)
ba.insert(0, 62)
ba.insert(-1, 60)
ba.insert(100, 64)
print("insert:", ba)
print("pop:", ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(33)
print("remove:", ba)
show("remove missing", lambda: ba.remove(200))
show("append str", lambda: ba.append("a"))
show("extend str", lambda: ba.extend("ab"))
del ba[0]
del ba[-2:]
print("del:", ba)
del ba[::2]
print("del ext:", ba)
ba += b"++"
print("+=:", ba)
ba *= 2
print("*=:", ba)
ba.reverse()
print("reverse:", ba)
c = ba.copy()
ba.clear()
print("clear/copy:", ba, c)
show("pop empty", lambda: bytearray().pop())
show("pop index", lambda: bytearray(b"a").pop(5))
e = bytearray(b"abc")
e[1:2] = e
print("self slice assign:", e)
alias = e
e += b"d"
print("+= in place:", alias is e, alias)
print("bytes + bytearray type:", type(b"a" + bytearray(b"b")).__name__, type(bytearray(b"a") + b"b").__name__)
print("eq across types:", b"ab" == bytearray(b"ab"), bytearray(b"ab") == memoryview(b"ab"), b"ab" == "ab")
show("hash bytearray", lambda: hash(bytearray(b"x")))
