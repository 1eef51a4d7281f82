# description: sys.stdout.buffer and sys.stdin.buffer carry bytes in order with the text layer; the std streams are io.TextIOWrapper instances
# features: [io, sys, bytes]
# stdin: "first line\nsecond\n"
# expect: output

import io
import sys

print("text before", flush=True)
sys.stdout.buffer.write(b"bytes in the middle\n")
sys.stdout.buffer.flush()
print("text after")
sys.stdout.flush()
n = sys.stdout.buffer.write("ünï\n".encode("utf-8"))
sys.stdout.buffer.flush()
print("wrote:", n)
print("types:", isinstance(sys.stdout, io.TextIOWrapper), isinstance(sys.stdout, io.TextIOBase),
      isinstance(sys.stdout.buffer, (io.BufferedIOBase, io.RawIOBase)), isinstance(sys.stdin.buffer, io.BufferedReader))
print("buffer attrs:", sys.stdout.buffer.writable(), sys.stdin.buffer.readable(), sys.stdout.buffer.fileno(), sys.stdin.buffer.fileno())
print("stdin line:", sys.stdin.buffer.readline())
print("stdin rest:", sys.stdin.buffer.read())
print("encoding:", sys.stdout.encoding, sys.stdout.newlines, sys.stdout.errors)
sys.stdout.reconfigure(line_buffering=False)
print("reconfigured")
