# description: re flags I, M, S, X, A, inline and scoped flags change matching, and RegexFlag values have CPython's repr
# features: [re]
# expect: output

import re

print("I:", re.findall(r"abc", "ABC abc AbC", re.I))
print("M:", re.findall(r"^\w+$", "one\ntwo\nthree", re.M), re.findall(r"^\w+$", "one\ntwo"))
print("S:", re.match(r"a.b", "a\nb"), re.match(r"a.b", "a\nb", re.S).group() == "a\nb")
pat = re.compile(r"""
    (?P<area>\d{3})   # area code
    [-.\s]?           # separator
    (?P<num>\d{4})    # number
    \ x               # escaped space is literal
""", re.X)
print("X:", pat.match("555-1234 x").groupdict())
print("X keeps class spaces:", re.findall(r"[ ]a # c", " a", re.X))
print("A:", re.findall(r"\w+", "naïve café", re.A), re.findall(r"\w+", "naïve café"))
print("inline:", re.findall(r"(?i)hello", "Hello HELLO"), re.match(r"(?s)a.b", "a\nb") is not None)
print("scoped:", re.findall(r"(?i:h)ello", "Hello HELLO hello"))
print("scoped off:", re.findall(r"(?i)h(?-i:ELLO)", "hELLO Hello HELLO"))
print("combined:", re.I | re.M, repr(re.I | re.S | re.X))
print("values:", int(re.I), int(re.M), int(re.S), int(re.X), int(re.A), int(re.U), int(re.L))
print("names:", re.IGNORECASE is re.I, re.DOTALL is re.S, re.VERBOSE.name)
print("flags attr:", re.compile("a", re.I | re.M).flags, re.compile(b"a").flags)
try:
    re.compile(r"a(?i)b")
except re.error as e:
    print("error:", e)
try:
    re.compile(rb"\w", re.U)
except ValueError as e:
    print("ValueError:", e)
try:
    re.compile(r"\w", re.A | re.U)
except ValueError as e:
    print("ValueError:", e)
