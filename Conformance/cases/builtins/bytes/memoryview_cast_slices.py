# description: memoryview slicing with steps, cast between formats/shapes, tolist/tobytes, comparisons and errors
# features: [builtins, bytes, slicing]
# expect: output

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

data = bytearray(range(16))
m = memoryview(data)
show("step slice", lambda: m[1:10:3].tolist())
show("negative step", lambda: m[::-4].tobytes())
show("slice of slice", lambda: m[2:12][1::2].tolist())
show("cast H", lambda: m.cast("H").tolist()[:4])
show("cast I shape", lambda: (m.cast("I").shape, m.cast("I").itemsize, m.cast("I").nbytes))
show("cast 2D", lambda: m.cast("B", (4, 4)).tolist())
show("cast bad size", lambda: m[:3].cast("H"))
show("cast bad format", lambda: m.cast("Z"))
show("cast non-contiguous", lambda: m[::2].cast("H"))
m2 = m.cast("B", (4, 4))
show("2D index", lambda: m2[1, 2])
show("2D slice unsupported", lambda: m2[1])
show("assign slice", lambda: (m.__setitem__(slice(0, 2), b"\xff\xfe"), data[:3])[1])
show("assign wrong length", lambda: m.__setitem__(slice(0, 2), b"x"))
show("assign stepped", lambda: (m.__setitem__(slice(0, 6, 2), b"abc"), bytes(data[:6]))[1])
show("equality", lambda: (m[:4] == bytes(data[:4]), m.cast("H") == m.cast("H"), memoryview(b"ab") == b"ab"))
show("float format equality uses values", lambda: memoryview(bytearray(8)).cast("d") == memoryview(bytearray(8)).cast("d"))
show("toreadonly", lambda: m.toreadonly().readonly)
show("obj", lambda: m.obj is data)
show("contiguous flags", lambda: (m.contiguous, m[::2].contiguous, m.c_contiguous))
show("len of cast", lambda: len(m.cast("Q")))
show("bytes() of stepped view", lambda: bytes(m[::5]))
