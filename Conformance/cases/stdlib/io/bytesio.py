# description: io.BytesIO read/write/seek whence/readinto/getbuffer with export locking and zero padding past the end
# features: [io, bytes]
# expect: output

import io

b = io.BytesIO(b"0123456789")
print("read(4):", b.read(4), "tell:", b.tell())
print("seek cur:", b.seek(2, io.SEEK_CUR), b.read(1))
print("seek end:", b.seek(-3, io.SEEK_END), b.read())
b.seek(12)
b.write(b"!")
print("padded:", b.getvalue())
buf = bytearray(4)
b.seek(0)
print("readinto:", b.readinto(buf), buf)
print("read1/peekless:", b.read1(2))
view = b.getbuffer()
view[0] = ord("X")
print("getbuffer writes through:", b.getvalue()[:3])
try:
    b.write(b"more")
except BufferError as e:
    print("BufferError:", e)
view.release()
b.seek(0, 2)
print("after release write:", b.write(b"ok"), b.getvalue()[-4:])
print("readlines:", io.BytesIO(b"a\nb\r\nc").readlines())
print("iteration:", list(io.BytesIO(b"x\ny\n")))
print("write memoryview:", io.BytesIO().write(memoryview(b"abc")))
try:
    io.BytesIO().write("text")
except TypeError as e:
    print("TypeError:", e)
try:
    io.BytesIO().seek(0, 5)
except ValueError as e:
    print("ValueError:", e)
t = io.BytesIO(b"abcdef")
t.seek(3)
print("truncate:", t.truncate(), t.getvalue(), t.tell())
print("initial bytes not shared:", end=" ")
src = bytearray(b"abc")
bio = io.BytesIO(src)
src[0] = ord("z")
print(bio.getvalue())
