# description: str length, indexing, slicing and iteration are by code point incl. astral characters
# features: [builtins, str, unicode, slicing]
# expect: output
s = "a\u00e9\u4e2d\U0001F600b\U00010348"
print("len:", len(s))
print("chars:", [hex(ord(c)) for c in s])
print("s[3]:", hex(ord(s[3])), "s[-1]:", hex(ord(s[-1])))
print("s[2:4]:", [hex(ord(c)) for c in s[2:4]], "len", len(s[2:4]))
print("reversed ok:", "".join(reversed(s)) == s[::-1], [hex(ord(c)) for c in s[::-2]])
print("find astral:", s.find("\U0001F600"), s.index("b"), s.rfind("\U00010348"))
print("count:", ("\U0001F600" * 5).count("\U0001F600\U0001F600"))
print("utf-8 len:", len(s.encode("utf-8")), "utf-16 units:", len(s.encode("utf-16-le")) // 2)
print("upper keeps len:", len(s.upper()), s.upper()[0])
print("slices:", "abcdef"[::-1], "abcdef"[1:-1:2], "abcdef"[10:], "abcdef"[-100:2], "abcdef"[4:1], "abcdef"[::3])
print("negative step bounds:", "abcdef"[5:0:-2], "abcdef"[-1:-7:-1], "abcdef"[:-7:-1])
try:
    "abc"[3]
except IndexError as e:
    print("index error ! IndexError:", e)
fidx = 1.0
try:
    "abc"[fidx]
except TypeError as e:
    print("float index ! TypeError:", e)
try:
    "abc"[0] = "x"
except TypeError as e:
    print("assign ! TypeError:", e)
try:
    "abc"[::0]
except ValueError as e:
    print("zero step ! ValueError:", e)
print("chr/ord astral:", ord(chr(0x10FFFF)), len(chr(0x10FFFF)), chr(0x1F600) == "\U0001F600")
print("iteration count:", sum(1 for _ in "\U0001F600" * 3))
print("comparison by code point:", "\uffff" < "\U00010000", "Z" < "a", "é" > "z", sorted(["b", "B", "á", "a", "\U0001F600", "\uffef"]))
print("membership:", "\U0001F600b" in s, "\ud83d" in s)
print("multiply:", "ab" * 3, "ab" * 0, "ab" * -1 == "", 3 * "x")
