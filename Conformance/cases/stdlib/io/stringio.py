# description: io.StringIO write/read/seek/tell/readline/readlines/iteration/truncate/getvalue and closed-file errors
# features: [io]
# expect: output

import io

s = io.StringIO()
print("write returns:", s.write("hello\n"), s.write("wörld\nlast"))
print("tell after write:", s.tell())
print("read at end:", repr(s.read()))
s.seek(0)
print("read(3):", repr(s.read(3)), "tell:", s.tell())
print("readline:", repr(s.readline()), repr(s.readline()), repr(s.readline()), repr(s.readline()))
s.seek(0)
print("readlines:", s.readlines())
s.seek(0)
print("iteration:", [line for line in s])
print("getvalue:", repr(s.getvalue()))
s.seek(2)
s.write("XY")
print("overwrite:", repr(s.getvalue()))
s.seek(4)
print("truncate returns:", s.truncate(), repr(s.getvalue()))
t = io.StringIO("initial")
print("initial pos:", t.tell(), repr(t.read()))
t2 = io.StringIO("abc")
t2.write("Z")
print("write at start overwrites:", t2.getvalue())
t3 = io.StringIO()
t3.seek(5)
t3.write("x")
print("seek past end pads:", repr(t3.getvalue()))
print("readline limit:", repr(io.StringIO("abcdef\n").readline(3)))
n = io.StringIO("a\r\nb\rc\n", newline=None)
print("newline=None translates:", repr(n.read()))
print("seekable/readable/writable:", s.seekable(), s.readable(), s.writable())
with io.StringIO("ctx") as c:
    pass
print("closed:", c.closed)
for op in (c.read, c.getvalue, lambda: c.write("x")):
    try:
        op()
    except ValueError as e:
        print("ValueError:", e)
try:
    io.StringIO().seek(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    io.StringIO().write(b"x")
except TypeError as e:
    print("TypeError:", e)
