# description: logical lines: semicolons, backslash continuation, implicit joining in brackets, comments and compound one-liners
# features: [syntax]
# expect: output

a = 1; b = 2; c = a + b
print("semicolons:", a, b, c)

total = 1 + \
        2 + \
        3
print("backslash continuation:", total)

values = [
    1,   # comment inside brackets
    2,
    # a full-line comment
    3,
]
print("implicit joining:", values)

if a: print("one-line if body"); print("second statement on the same line")
for i in range(2): print("one-line for", i)
while False: pass
class K: x = 1; y = 2
def f(): return "one-line def"
print("one-liners:", K.x, K.y, f())

# blank lines and comment-only lines inside blocks do not end them
def g():
    x = 1

    # comment

    return x + 1
print("blank lines in block:", g())

# a backslash at the end of a comment line is not a continuation
# this comment ends with a backslash \
print("after comment with backslash")

# tabs and spaces consistently used per block are fine; indentation depth can differ per block
if True:
  two = 2
if True:
        eight = 8
print("indent widths:", two, eight)

# parenthesised expressions spanning lines, including strings
message = ("first part "
           "second part")
print(message)

# \r\n and \r line endings are accepted in source text
src = "x = 1\r\ny = 2\rz = x + y\n"
ns = {}
exec(src, ns)
print("CRLF and CR line endings:", ns["z"])

# form feed at the start of a line is ignored for indentation
ns = {}
exec("if True:\n\x0c    v = 'form feed ok'\n", ns)
print(ns["v"])

# a file may end without a trailing newline (checked through exec)
exec("w = 'no trailing newline'", ns)
print(ns["w"])
