# description: open() file objects report each layer's errors (text, buffered, raw FileIO), expose raw/buffer, readinto/peek/read1, and track newlines
# features: [io, os, exceptions]
# expect: output

import io
import os
import shutil

base = f"tmp-io-layers-{os.getpid()}"
os.mkdir(base)
name = os.path.join(base, "data.txt")


def attempt(label, op):
    try:
        print(label, repr(op()))
    except Exception as e:
        print(label, type(e).__name__ + ":", str(e).replace(base, "<base>"))


try:
    with open(name, "w", newline="") as f:
        f.write("one\ntwo\r\nthree\rfour")
    f = open(name, "rb")
    print("types:", type(f).__name__, type(f.raw).__name__, f.raw.mode, f.mode)
    attempt("read1:", lambda: f.read1(3))
    buf = bytearray(4)
    attempt("readinto:", lambda: (f.readinto(buf), bytes(buf)))
    attempt("peek starts:", lambda: f.peek()[:3])
    attempt("tell:", f.tell)
    attempt("write on reader:", lambda: f.write(b"x"))
    attempt("readinto bytes:", lambda: f.readinto(b"abc"))
    f.close()
    for op in ("read", "readline", "peek", "tell", "seek", "flush", "fileno"):
        args = (0,) if op == "seek" else ()
        attempt(f"closed buffered {op}:", lambda: getattr(f, op)(*args))
    r = open(name, "rb", buffering=0)
    attempt("raw readall:", lambda: len(r.readall()))
    attempt("raw write:", lambda: r.write(b"x"))
    attempt("raw repr:", lambda: repr(r).startswith("<_io.FileIO name="))
    r.close()
    attempt("closed raw read:", r.read)
    t = open(name, encoding="utf-8")
    print("text attrs:", t.encoding, t.errors, t.line_buffering, type(t.buffer).__name__, t.newlines)
    attempt("lines:", t.readlines)
    attempt("newlines seen:", lambda: t.newlines)
    attempt("write on text reader:", lambda: t.write("x"))
    attempt("nonzero cur seek:", lambda: t.seek(2, 1))
    attempt("bad whence:", lambda: t.seek(0, 7))
    attempt("read str size:", lambda: t.read("3"))
    t.close()
    for op in ("read", "write", "tell", "fileno", "readable", "writable"):
        args = ("x",) if op == "write" else ()
        attempt(f"closed text {op}:", lambda: getattr(t, op)(*args))
    w = open(name, "wb")
    attempt("read on writer:", w.read)
    w.close()
    attempt("closed writer write:", lambda: w.write(b"x"))
    attempt("newline ''+\\r:", lambda: open(name, "w", newline="\r").write("a\nb"))
    with open(name, "rb") as g:
        attempt("written with \\r:", g.read)
    print("abc registration:", isinstance(open(name, "rb"), io.BufferedIOBase), isinstance(open(name), io.TextIOBase),
          issubclass(type(open(name, "rb", buffering=0)), io.RawIOBase))
    attempt("fd-less closefd:", lambda: open(name, closefd=False))
    attempt("directory:", lambda: open(base))
    attempt("missing dir:", lambda: open(os.path.join(base, "no", "x.txt"), "w"))
finally:
    shutil.rmtree(base)
print("cleaned:", not os.path.exists(base))
