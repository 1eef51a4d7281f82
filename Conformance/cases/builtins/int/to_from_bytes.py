# description: int.to_bytes / int.from_bytes with byteorder, signed, defaults and overflow errors
# features: [builtins, int, bytes]
# min-version: 3.11
# expect: output

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

show("1024 big 2", lambda: (1024).to_bytes(2, "big"))
show("1024 little 4", lambda: (1024).to_bytes(4, "little"))
show("default args", lambda: (200).to_bytes())
show("0 to 0 bytes", lambda: (0).to_bytes(0, "big"))
show("-1 signed 2", lambda: (-1).to_bytes(2, "big", signed=True))
show("-129 signed 2 little", lambda: (-129).to_bytes(2, "little", signed=True))
show("128 signed 1", lambda: (128).to_bytes(1, "big", signed=True))
show("256 unsigned 1", lambda: (256).to_bytes(1, "big"))
show("-1 unsigned", lambda: (-1).to_bytes(1, "big"))
show("bad order", lambda: (1).to_bytes(1, "middle"))
show("negative length", lambda: (1).to_bytes(-1, "big"))
show("2**80 to 11", lambda: (2**80).to_bytes(11, "big"))
show("from big", lambda: int.from_bytes(b"\x01\x00", "big"))
show("from little", lambda: int.from_bytes(b"\x01\x00", "little"))
show("from default", lambda: int.from_bytes(b"\xff\xff"))
show("from signed", lambda: int.from_bytes(b"\xff\xff", "big", signed=True))
show("from signed 0x7f", lambda: int.from_bytes(b"\x7f\xff", "big", signed=True))
show("from empty", lambda: int.from_bytes(b"", "big", signed=True))
show("from list", lambda: int.from_bytes([1, 2, 3], "big"))
show("from bytearray", lambda: int.from_bytes(bytearray(b"\x00\x10"), "little"))
show("from str", lambda: int.from_bytes("ab", "big"))
show("bool.from_bytes", lambda: bool.from_bytes(b"\x01", "big"))
class MyInt(int):
    pass
r = MyInt.from_bytes(b"\x05", "big")
print("subclass from_bytes:", type(r).__name__, r)
ok = True
for n in [0, 1, -1, 127, -128, 255, -256, 2**63, -(2**63), 10**25, -(10**25)]:
    length = (n.bit_length() + 8) // 8
    for order in ("big", "little"):
        if int.from_bytes(n.to_bytes(length, order, signed=True), order, signed=True) != n:
            ok = False
print("round trip:", ok)
