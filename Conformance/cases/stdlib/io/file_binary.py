# description: binary files preserve bytes and line endings; text mode translates newlines on write and read unless newline='' is used
# features: [io, os, bytes]
# expect: output

import os

name = f"tmp-file-binary-{os.getpid()}.bin"
try:
    with open(name, "wb") as f:
        print("write:", f.write(b"\x00\x01line\r\nnext\n\xff"), f.mode)
    with open(name, "rb") as f:
        print("read(2):", f.read(2), "tell:", f.tell())
        print("seek end:", f.seek(-1, os.SEEK_END), f.read())
        f.seek(0)
        print("lines:", f.readlines())
        f.seek(2)
        buf = bytearray(4)
        print("readinto:", f.readinto(buf), bytes(buf))
    with open(name, "w", encoding="ascii", newline="\r\n") as f:
        f.write("a\nb\n")
    with open(name, "rb") as f:
        print("newline=\\r\\n on write:", f.read())
    with open(name, encoding="ascii") as f:
        print("universal read:", repr(f.read()))
    with open(name, encoding="ascii", newline="") as f:
        print("newline='' read:", repr(f.read()))
    with open(name, "ab") as f:
        print("append pos:", f.tell())
    with open(name, "rb", buffering=0) as f:
        print("unbuffered type:", type(f).__name__, f.read(1))
    with open(name, "rb") as f:
        print("buffered type:", type(f).__name__, type(f.raw).__name__)
    try:
        with open(name, "rb") as f:
            f.write(b"x")
    except OSError as e:
        print(type(e).__name__ + ":", e)
    try:
        open(name, "rb", encoding="utf-8")
    except ValueError as e:
        print("ValueError:", e)
finally:
    os.remove(name)
print("cleaned:", not os.path.exists(name))
