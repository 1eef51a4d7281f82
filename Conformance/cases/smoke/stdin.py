# description: standard input is read line by line and to its end
# features: [io, sys]
# stdin: "first line\nsecond line\n\nlast, without newline"
# expect: output

import sys

print(repr(sys.stdin.readline()))
rest = sys.stdin.read()
print(rest.split("\n"))
print(repr(sys.stdin.read()))
