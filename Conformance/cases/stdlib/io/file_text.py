# description: open() in text modes reads, writes, appends, seeks and iterates a temporary file in the case folder, with exclusive-create and missing-file errors
# features: [io, os]
# expect: output

import os

name = f"tmp-file-text-{os.getpid()}.txt"
try:
    with open(name, "w", encoding="utf-8") as f:
        print("write returns:", f.write("first line\n"), f.write("second ünï\nthird"))
        print("attrs:", f.name == name, f.mode, f.closed, f.encoding)
    print("closed after with:", f.closed)
    with open(name, encoding="utf-8") as f:
        print("read:", repr(f.read()))
        f.seek(0)
        print("readline:", repr(f.readline()), "tell is int:", isinstance(f.tell(), int))
        print("readlines rest:", f.readlines())
    with open(name, encoding="utf-8") as f:
        print("iterate:", [line.rstrip("\n") for line in f])
    with open(name, "a", encoding="utf-8") as f:
        f.write("\nappended")
    with open(name, encoding="utf-8") as f:
        print("after append:", f.read().splitlines())
    with open(name, "r+", encoding="utf-8") as f:
        f.write("FIRST")
        f.seek(0)
        print("r+ overwrite:", f.readline().rstrip())
    with open(name, "rb") as f:
        print("binary size:", len(f.read()))
    try:
        open(name, "x")
    except FileExistsError as e:
        print("FileExistsError:", e.errno == 17, e.strerror)
    with open(name, "w") as f:
        pass
    print("w truncates:", os.path.getsize(name))
    try:
        with open(name) as f:
            f.write("x")
    except OSError as e:
        print(type(e).__name__ + ":", e)
finally:
    os.remove(name)
print("removed:", not os.path.exists(name))
try:
    open("does-not-exist.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
try:
    open(name, "rw")
except ValueError as e:
    print("ValueError:", e)
