# description: open() on the case's own source in text and binary modes: read/readline/iteration/seek and mode errors
# features: [builtins, str, bytes]
# expect: output

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

with open(__file__, encoding="utf-8") as f:
    first = f.readline()
    second = f.readline()
print("first line:", repr(first))
print("second line starts:", repr(second[:12]))
with open(__file__, "rb") as f:
    head = f.read(13)
    pos = f.tell()
    f.seek(2)
    again = f.read(11)
print("binary head:", head, type(head).__name__, "tell:", pos, "after seek:", again)
with open(__file__, encoding="utf-8") as f:
    lines = list(f)
with open(__file__, "rb") as f:
    raw = f.read()
print("line count matches newlines:", len(lines) == raw.count(b"\n"))
print("all lines end with newline:", all(line.endswith("\n") for line in lines))
print("text equals decoded bytes:", "".join(lines) == raw.decode("utf-8"))
print("this marker line is found:", sum("MARKER-LINE" in line for line in lines) >= 1)
with open(__file__, "r") as f:
    print("read(5):", repr(f.read(5)), "read(0):", repr(f.read(0)))
    f.read()
    print("read at EOF:", repr(f.read()), repr(f.readline()))
f = open(__file__, encoding="utf-8")
print("mode/name:", f.mode, f.name == __file__, f.closed)
f.close()
show("closed", lambda: f.closed)
show("read closed", lambda: f.read())
show("write to read-only", lambda: open(__file__).write("x"))
show("bad mode", lambda: open(__file__, "rw"))
show("unknown mode char", lambda: open(__file__, "rz"))
show("encoding in binary", lambda: open(__file__, "rb", encoding="utf-8"))
show("newline in binary", lambda: open(__file__, "rb", newline=""))
show("bad newline", lambda: open(__file__, newline="x"))
show("missing file", lambda: open("_definitely_missing_file.txt"))
show("open a directory", lambda: open("."))
show("bad encoding", lambda: open(__file__, encoding="no-such-codec"))
show("int path type", lambda: type(open(1.5)))
with open(__file__, "rb", buffering=0) as raw_f:
    print("unbuffered binary type is readable:", raw_f.readable(), raw_f.writable())
