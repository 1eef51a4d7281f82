# description: re.sub/subn with group references (\1, \g<name>, \g<0>), function replacements, count, and replacement escapes
# features: [re]
# expect: output

import re

s = "John Smith, Jane Doe"
print(re.sub(r"(\w+) (\w+)", r"\2 \1", s))
print(re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first>", s))
print(re.sub(r"(\w+) (\w+)", r"[\g<0>]", s))
print(re.sub(r"(\d)", r"\g<1>0", "a1b2"))
print("count:", re.sub(r"o", "0", "foo boo", count=2))
print("subn:", re.subn(r"o", "0", "foo boo"))
print("function:", re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a5 b10 c0"))
print("function groups:", re.sub(r"(\w)(\w*)", lambda m: m[1].upper() + m[2], "hello big world"))
print("escapes in repl:", re.sub(r"x", r"\n\t\\", "axb") == "a\n\t\\b")
print("unmatched group empty:", re.sub(r"(a)|b", r"[\1]", "ab"))
print("pattern object:", re.compile(r"\s+").sub(" ", "a  b\t\nc"))
print("flags keyword:", re.sub(r"A", "x", "aAa", flags=re.I))
print("callable returns str only:", end=" ")
try:
    re.sub("a", lambda m: 1, "a")
except TypeError as e:
    print("TypeError:", e)
for repl in [r"\3", r"\g<nope>", r"\g<1", "\\"]:
    try:
        re.sub(r"(a)", repl, "a")
    except (re.error, IndexError) as e:
        kind = "re.error" if isinstance(e, re.error) else type(e).__name__
        print(f"{kind} {repl!r}:", e)
try:
    re.sub(r"a", r"\q", "a")
except re.error as e:
    print("bad escape:", e)
print("subn count 0 means all:", re.subn("a", "b", "aaa", count=0))
