# description: StringIO/BytesIO edge cases: seek/truncate argument errors, closed messages, readline limits, write past end, getvalue after truncate, detach and fileno unsupported
# features: [io, exceptions]
# expect: output

import io


def attempt(label, op):
    try:
        print(label, repr(op()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


s = io.StringIO("abc\ndef")
attempt("seek cur nonzero:", lambda: s.seek(1, 1))
attempt("seek end zero:", lambda: s.seek(0, 2))
attempt("seek whence 3:", lambda: s.seek(0, 3))
attempt("seek negative:", lambda: s.seek(-2))
attempt("truncate negative:", lambda: s.truncate(-1))
attempt("read float:", lambda: s.read(1.5))
attempt("readline None:", lambda: (s.seek(0), s.readline(None)))
attempt("readline 0:", lambda: s.readline(0))
attempt("readlines hint:", lambda: (s.seek(0), s.readlines(2)))
attempt("write past end:", lambda: (s.seek(10), s.write("Z"), s.getvalue()))
attempt("truncate keeps pos:", lambda: (s.truncate(2), s.tell(), s.getvalue()))
attempt("fileno:", s.fileno)
attempt("detach:", s.detach)
attempt("isatty:", s.isatty)
attempt("line_buffering:", lambda: s.line_buffering)
attempt("encoding/errors:", lambda: (s.encoding, s.errors))
attempt("newline kwarg:", lambda: io.StringIO("a\rb", newline="\r").readlines())
attempt("bad initial:", lambda: io.StringIO(5))
s.close()
s.close()
attempt("closed tell:", s.tell)
attempt("closed iter:", lambda: next(iter(s)))
attempt("closed closed:", lambda: s.closed)

b = io.BytesIO(b"line1\nline2\n")
attempt("readline limit:", lambda: b.readline(3))
attempt("read None:", lambda: b.read(None))
attempt("seek negative:", lambda: b.seek(-1))
attempt("seek str:", lambda: b.seek("1"))
attempt("truncate None:", lambda: (b.seek(4), b.truncate(None), b.getvalue()))
attempt("write bytearray:", lambda: (b.write(bytearray(b"xy")), b.getvalue()))
attempt("write int:", lambda: b.write(5))
attempt("readinto memoryview:", lambda: (b.seek(0), b.readinto(memoryview(bytearray(2)))))
attempt("writelines:", lambda: (b.writelines([b"a", b"b"]), b.getvalue()))
attempt("fileno:", b.fileno)
attempt("detach:", b.detach)
attempt("getbuffer len:", lambda: len(b.getbuffer()))
b.close()
attempt("closed getvalue:", b.getvalue)
attempt("closed read:", b.read)
attempt("closed seekable:", b.seekable)
print("hierarchy:", issubclass(io.StringIO, io.TextIOBase), issubclass(io.BytesIO, io.BufferedIOBase),
      issubclass(io.TextIOWrapper, io.IOBase), io.UnsupportedOperation.__mro__[1:3])
print("constants:", io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE, io.open is open)
