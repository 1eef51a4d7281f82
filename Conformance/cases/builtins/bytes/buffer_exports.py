# description: bytearray cannot resize while a memoryview export is alive; memoryview basics over bytes
# features: [builtins, bytes]
# expect: output

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

ba = bytearray(b"abcdef")
m = memoryview(ba)
show("append while exported", lambda: ba.append(1))
show("extend while exported", lambda: ba.extend(b"x"))
show("slice-resize while exported", lambda: ba.__setitem__(slice(0, 2), b""))
show("same-size write ok", lambda: ba.__setitem__(slice(0, 2), b"AB"))
print("view sees write:", m.tobytes())
m[2] = ord("C")
print("write through view:", ba)
show("view slice", lambda: m[1:4].tobytes())
show("view len/nbytes/itemsize", lambda: (len(m), m.nbytes, m.itemsize, m.format, m.readonly, m.ndim, m.shape))
m.release()
ba.append(ord("!"))
print("after release:", ba)
show("use released", lambda: m[0])
mb = memoryview(b"xyz")
show("readonly", lambda: mb.readonly)
show("write readonly", lambda: mb.__setitem__(0, 1))
show("tolist", lambda: mb.tolist())
show("hex", lambda: mb.hex())
show("eq bytes", lambda: mb == b"xyz")
show("index int", lambda: mb[0])
show("negative index", lambda: mb[-1])
show("out of range", lambda: mb[5])
show("cast", lambda: memoryview(b"\x01\x00\x02\x00").cast("H").tolist())
show("hash of readonly view", lambda: hash(memoryview(b"abc")) == hash(b"abc"))
show("hash of writable view", lambda: hash(memoryview(bytearray(b"abc"))))
with memoryview(bytearray(b"ctx")) as cm:
    print("context manager:", cm.tobytes())
show("after with", lambda: cm.tobytes())
show("memoryview(str)", lambda: memoryview("abc"))
