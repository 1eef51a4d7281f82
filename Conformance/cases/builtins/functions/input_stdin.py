# description: input() returns each stdin line without its newline (incl. non-ASCII and empty lines) and raises EOFError at end
# features: [builtins, str]
# stdin: "first line\n  padded  \n\u00e9\u4e2d\ud83d\ude00\n\nlast without newline"
# expect: output
a = input()
print("1:", repr(a))
b = input()
print("2:", repr(b))
c = input()
print("3:", repr(c), len(c))
d = input()
print("4 empty line:", repr(d))
e = input()
print("5:", repr(e))
try:
    input()
except EOFError as err:
    print("EOF ! EOFError:", repr(str(err)))
try:
    input()
except EOFError:
    print("still EOF")
