# description: callable() over objects with/without __call__, chr()/ord() ranges and error messages
# features: [builtins, str, unicode]
# min-version: 3.13
# expect: output

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

class WithCall:
    def __call__(self):
        return "called"
class NoCall:
    pass
inst = NoCall()
inst.__call__ = lambda: "instance attr"
show("callable", lambda: [callable(x) for x in (len, print, int, WithCall, WithCall(), NoCall(), inst, lambda: 0, "s", None, [].append, type)])
show("instance __call__ attr not used", lambda: inst())
show("callable(callable)", lambda: callable(callable))
show("chr", lambda: (chr(65), chr(0), chr(0x10FFFF) == "\U0010ffff", chr(0xD800) == "\ud800", chr(True)))
show("chr(-1)", lambda: chr(-1))
show("chr(0x110000)", lambda: chr(0x110000))
show("chr(2**80)", lambda: chr(2**80))
show("chr(65.0)", lambda: chr(65.0))
show("chr('A')", lambda: chr("A"))
show("ord", lambda: (ord("A"), ord("\u00e9"), ord("\U0001F600"), ord(b"A"), ord(bytearray(b"z")), ord("\ud800")))
show("ord('')", lambda: ord(""))
show("ord('ab')", lambda: ord("ab"))
show("ord(b'ab')", lambda: ord(b"ab"))
show("ord(65)", lambda: ord(65))
show("ord surrogate pair string", lambda: ord("\ud83d\ude00"))
show("chr/ord round trip", lambda: all(ord(chr(i)) == i for i in range(0, 0x110000, 997)))
