# description: int() from floats, numeric protocols (__int__, __index__), subclasses and error messages
# features: [builtins, int]
# expect: output

def show(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

show("int(3.99)", lambda: int(3.99))
show("int(-3.99)", lambda: int(-3.99))
show("int(-0.0)", lambda: int(-0.0))
show("int(1e20)", lambda: int(1e20))
show("int(1.5e300) digits", lambda: len(str(int(1.5e300))))
show("int(inf)", lambda: int(float("inf")))
show("int(-inf)", lambda: int(float("-inf")))
show("int(nan)", lambda: int(float("nan")))
show("int(True)", lambda: int(True))
show("int(None)", lambda: int(None))
show("int([1])", lambda: int([1]))
show("int(1j)", lambda: int(1j))
class WithInt:
    def __int__(self): return 42
class WithIndex:
    def __index__(self): return 7
class BadInt:
    def __int__(self): return "x"
class IntSub(int):
    pass
class ReturnsSub:
    def __index__(self): return IntSub(9)
show("__int__", lambda: int(WithInt()))
show("__index__", lambda: int(WithIndex()))
show("bad __int__", lambda: int(BadInt()))
show("subclass value", lambda: int(IntSub(5)))
show("IntSub(5)", lambda: IntSub(5))
show("IntSub('12', 3)", lambda: IntSub("12", 3))
show("IntSub + 1", lambda: IntSub(5) + 1)
show("index with bool", lambda: [10, 20, 30][True])
show("list[WithIndex]", lambda: list(range(10))[WithIndex()])
show("list[WithInt]", lambda: list(range(10))[WithInt()])
show("bin(WithIndex)", lambda: bin(WithIndex()))
show("hex(3.0)", lambda: hex(3.0))
show("int('12', base=WithIndex())", lambda: int("12", base=WithIndex()))
show("int(' 0x10 ', 0)", lambda: int(" 0x10 ", 0))
show("int('1e3')", lambda: int("1e3"))
show("int(b' 5 ')", lambda: int(b" 5 "))
show("int(memoryview)", lambda: int(memoryview(b"123")))
