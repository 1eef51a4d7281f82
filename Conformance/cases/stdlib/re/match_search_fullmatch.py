# description: re.match anchors at the start, search scans, fullmatch needs the whole string; pos/endpos bound Pattern methods
# features: [re]
# expect: output

import re

s = "say hello world"
print("match:", re.match(r"hello", s), re.match(r"say", s))
print("search:", re.search(r"hello", s))
print("fullmatch:", re.fullmatch(r"say.*", s), re.fullmatch(r"say", s))
print("fullmatch alternation:", re.fullmatch(r"a|ab", "ab"))
print("match alternation:", re.match(r"a|ab", "ab"))
p = re.compile(r"o")
print("pos:", p.search(s, 9), p.search(s, 13))
print("endpos:", p.search(s, 0, 7), p.search(s, 0, 9))
print("^ with pos does not match:", re.compile(r"^hello").match(s, 4), re.compile(r"^hello").search(s, 4))
print("match with pos:", re.compile(r"hello").match(s, 4))
print("fullmatch endpos:", re.compile(r"say").fullmatch(s, 0, 3))
print("$ with endpos:", re.compile(r"lo$").search(s, 0, 9))
print("empty pattern:", re.match("", "abc"), re.search("", ""))
print("no match is None:", re.search("z", s) is None)
print("bool of match:", bool(re.match("s", s)))
