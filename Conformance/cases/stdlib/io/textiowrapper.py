# description: TextIOWrapper over BytesIO encodes/decodes with encoding and errors, translates newlines, and exposes its buffer
# features: [io, unicode]
# expect: output

import io

raw = io.BytesIO()
w = io.TextIOWrapper(raw, encoding="utf-8", newline="\r\n")
w.write("héllo\nworld\n")
w.flush()
print("encoded bytes:", raw.getvalue())
print("encoding attr:", w.encoding, "buffer is raw:", w.buffer is raw)
w.detach()
print("detached raw still usable:", raw.closed)

r = io.TextIOWrapper(io.BytesIO(b"line1\r\nline2\rline3\nend"), encoding="ascii")
print("universal newlines:", r.readlines())
r2 = io.TextIOWrapper(io.BytesIO(b"a\r\nb"), encoding="ascii", newline="")
print("newline='' keeps:", repr(r2.read()))
r3 = io.TextIOWrapper(io.BytesIO("ü€".encode("utf-16")), encoding="utf-16")
print("utf-16:", r3.read())
bad = io.TextIOWrapper(io.BytesIO(b"ok\xffbad"), encoding="utf-8")
try:
    bad.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
rep = io.TextIOWrapper(io.BytesIO(b"ok\xffbad"), encoding="utf-8", errors="replace")
print("replace:", rep.read())
lat = io.TextIOWrapper(io.BytesIO(), encoding="latin-1", errors="strict")
try:
    lat.write("€")
    lat.flush()
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
x = io.TextIOWrapper(io.BytesIO(), encoding="ascii", errors="xmlcharrefreplace")
x.write("café")
x.flush()
print("xmlcharrefreplace:", x.buffer.getvalue())
t = io.TextIOWrapper(io.BytesIO(b"abc\ndef\n"), encoding="utf-8")
print("readline then tell/seek:", repr(t.readline()), end=" ")
pos = t.tell()
print(repr(t.readline()), end=" ")
t.seek(pos)
print(repr(t.readline()))
try:
    t.seek(1, 1)
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
