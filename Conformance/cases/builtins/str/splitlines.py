# description: str.splitlines recognises every Unicode line boundary, keepends, and differs from split('\n')
# features: [builtins, str, unicode]
# expect: output
boundaries = ["\n", "\r", "\r\n", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]
for b in boundaries:
    s = "x" + b + "y"
    print(repr(b), s.splitlines(), s.splitlines(True))
print("not boundaries:", "a\x1fb\x0bc\u200bd".splitlines())
print("trailing newline:", "a\nb\n".splitlines(), "a\nb\n".split("\n"))
print("empty:", "".splitlines(), "".split("\n"))
print("only newline:", "\n".splitlines(), "\n".splitlines(keepends=True))
print("\\r\\r\\n:", "a\r\r\nb".splitlines(True))
print("\\n\\r:", "a\n\rb".splitlines())
print("blank lines:", "\n\na\n\n".splitlines())
print("bytes differ:", b"a\x85b\x0bc\rd\ne".splitlines())
print("keepends kw:", "l1\r\nl2".splitlines(keepends=False))
try:
    "a".splitlines(1, 2)
except TypeError as e:
    print("too many args ! TypeError:", e)
