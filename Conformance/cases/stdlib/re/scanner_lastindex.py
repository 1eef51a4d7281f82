# description: Pattern.scanner, re.Scanner, lastindex/lastgroup for nested and alternative groups, and pos/endpos edge cases
# features: [re]
# expect: output

import re

sc = re.compile(r"\d+|[a-z]+").scanner("ab12cd")
print("scanner search:", [sc.search().group() for _ in range(3)], sc.search())
sc2 = re.compile(r"a").scanner("aab")
print("scanner match:", sc2.match().span(), sc2.match().span(), sc2.match())
lexicon = re.Scanner([(r"\d+", lambda s, t: ("NUM", int(t))), (r"[a-z]+", lambda s, t: ("ID", t)), (r"\s+", None)])
print("re.Scanner:", lexicon.scan("x 12 yz 3 !"))
for pat, s in [(r"(a)(b)?", "a"), (r"((a)(b))", "ab"), (r"(a)|(b)", "b"), (r"(?P<x>a)(?P<y>b)?", "ab"),
               (r"(a(b)?)+", "aba"), (r"(a)(?:(b)|c)", "ac"), (r"()", ""), (r"(x)*y", "y")]:
    m = re.match(pat, s)
    print(pat, m.lastindex, m.lastgroup, m.groups())
p = re.compile(r"\w*")
print("pos beyond end:", p.search("abc", 5), p.match("abc", 3).span(), p.findall("abc", 1, 2))
print("negative pos:", p.match("abc", -3).span(), p.search("abc", 0, -1).span())
print("endpos cuts $:", re.compile(r"b$").search("abc", 0, 2).span())
print("match at pos keeps lookbehind:", re.compile(r"(?<=a)b").match("ab", 1).span())
print("findall groups unmatched:", re.findall(r"(a)|(b)", "ab"))
print("split maxsplit groups:", re.split(r"(,)|(;)", "a,b;c,d", maxsplit=2))
print("subn function None:", re.subn(r"\d", lambda m: None if m.group() == "1" else "#", "a1b2"))
print("expand named and numbers:", re.match(r"(?P<a>x)(y)", "xy").expand(r"\g<a>\2\g<1>\\"))
print("sub template octal:", repr(re.sub(r"x", r"[\101\0\\]", "x")))
