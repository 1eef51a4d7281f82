# description: io.StringIO newline argument (None, '', '\n', '\r', '\r\n') translates on write and read exactly like text files
# features: [io]
# expect: output

import io

data = "a\nb\r\nc\rd"
for nl in (None, "", "\n", "\r", "\r\n"):
    s = io.StringIO(newline=nl)
    s.write(data)
    stored = s.getvalue()
    s.seek(0)
    lines = s.readlines()
    print(f"newline={nl!r:6} getvalue={stored!r:18} lines={lines}")
print("initial value translated:", repr(io.StringIO("x\r\ny", newline=None).getvalue()))
print("newlines attr:", io.StringIO("a\r\nb\n", newline=None).newlines)
s = io.StringIO(newline=None)
s.write("1\r\n2\r3\n")
s.seek(0)
s.read()
print("newlines seen:", s.newlines)
try:
    io.StringIO(newline="x")
except ValueError as e:
    print("ValueError:", e)
