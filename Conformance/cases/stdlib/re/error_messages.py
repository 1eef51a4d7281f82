# description: re.error messages, positions and line/column for malformed patterns match CPython 3.13 (error is PatternError)
# features: [re, exceptions]
# min-version: 3.13
# expect: output

import re

bad = ["(", "(a", "a)", "*a", "a**", "[a", "[z-a]", "\\", "a\\", "\\q", "(?<x>a)", "(?P<1>a)",
       "(?P<a-b>x)", "a{2,1}", "(?z)", "(?", "\\8", "x++++", "[\\d-z]", "(?<=a*)b", "\\N{NO SUCH}",
       "(?i", "a\n(", "(?P<n>a)(?P=m)", "(?#unterminated"]
for p in bad:
    try:
        re.compile(p)
        print(f"{p!r}: compiled?!")
    except re.error as e:
        print(f"{p!r:20} msg={e.msg!r} pos={e.pos} line={e.lineno} col={e.colno}")
try:
    re.compile("ab\ncd\ne(f")
except re.error as e:
    print("multiline:", str(e))
print("class name:", re.error.__name__, re.error is re.PatternError, issubclass(re.error, Exception))
try:
    re.compile(")")
except re.error as e:
    print("pattern attr:", e.pattern, "str:", e)
