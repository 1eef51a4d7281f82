# description: a RawIOBase subclass implementing readinto works under BufferedReader and TextIOWrapper, and IOBase defaults behave as documented
# features: [io, classes]
# expect: output

import io

class Generated(io.RawIOBase):
    def __init__(self, data, chunk=3):
        self.data = data
        self.pos = 0
        self.chunk = chunk
        self.calls = 0
    def readable(self):
        return True
    def readinto(self, b):
        self.calls += 1
        n = min(len(b), self.chunk, len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n

raw = Generated(b"hello\nworld\nlast")
print("raw read(4):", raw.read(4), "readall:", raw.readall())
raw = Generated("héllo\nwörld\n".encode("utf-8"))
text = io.TextIOWrapper(io.BufferedReader(raw, buffer_size=8), encoding="utf-8")
print("lines:", text.readlines())
print("raw readinto called:", raw.calls > 1)
r = Generated(b"a\nbb\nccc", chunk=100)
print("readline from RawIOBase:", r.readline(), list(r))
class Writer(io.RawIOBase):
    def __init__(self):
        self.out = bytearray()
    def writable(self):
        return True
    def write(self, b):
        self.out += b
        return len(b)
w = Writer()
bw = io.BufferedWriter(w, buffer_size=4)
bw.write(b"ab")
print("buffered until flush:", bytes(w.out))
bw.write(b"cdefg")
bw.flush()
print("after flush:", bytes(w.out))
base = io.RawIOBase()
print("defaults:", base.readable(), base.writable(), base.seekable(), base.closed)
try:
    base.fileno()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e, issubclass(io.UnsupportedOperation, (OSError, ValueError)))
with Generated(b"x") as g:
    pass
print("closed by with:", g.closed)
