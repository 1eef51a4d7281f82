# description: Match.expand, __getitem__ and copy, plus bytes patterns with their own escapes, classes and flags
# features: [re, bytes]
# expect: output

import re, copy

m = re.search(r"(?P<user>\w+)@(?P<host>[\w.]+)", "mail: ann@example.org now")
print("expand:", m.expand(r"\g<host> / \2 / \g<user> / \g<0>"))
print("expand escapes:", repr(m.expand(r"\1\n\t")))
try:
    m.expand(r"\3")
except re.error as e:
    print("error:", e)
print("getitem:", m[0], m["host"], m[1])
print("copy same:", copy.copy(m) is m, copy.deepcopy(m) is m)
print("regs:", m.regs)
bm = re.match(rb"(\d+)-(?P<tail>\w+)", b"123-abc_9 rest")
print("bytes groups:", bm.groups(), bm.groupdict(), bm.span("tail"))
print("bytes expand:", bm.expand(rb"[\2:\1]"))
print("bytes sub:", re.sub(rb"[aeiou]", b"*", b"education"))
print("bytes \\w ascii only:", re.findall(rb"\w+", "naïve".encode("latin-1")))
print("bytes I flag:", re.findall(rb"abc", b"ABC abc", re.I))
print("bytes high byte class:", re.findall(rb"[\x80-\xff]+", b"a\xe9\xffb"))
print("bytes escape:", re.escape(b"\x00a.b"))
print("bytearray/memoryview subject:", re.search(rb"b+", bytearray(b"abbbc")).group(), re.search(rb"c", memoryview(b"abc")).span())
try:
    re.compile(rb"\u00e9")
except re.error as e:
    print("error:", e)
