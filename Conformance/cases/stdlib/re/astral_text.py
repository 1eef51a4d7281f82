# description: patterns on text with characters outside the BMP count code points: '.', classes, spans, sub and split treat an emoji as one character
# features: [re, unicode]
# expect: output

import re

s = "a😀b𝐀c"
print("len:", len(s))
print("dot:", re.findall(r".", s))
print("spans:", [m.span() for m in re.finditer(r"\w", s)])
print("negated class:", re.findall(r"[^a-c]", s))
print("range of emoji:", re.findall(r"[😀-😂]+", "x😁😀😃y"))
print("search span:", re.search(r"c", s).span(), re.search(r"😀", s).span())
print("sub:", re.sub(r"[^\w]", "_", s))
print("split:", re.split(r"😀", s))
print("fullmatch:", bool(re.fullmatch(r"a.b.c", s)), bool(re.fullmatch(r"a..b", s)))
print("pos/endpos:", re.compile(r"\w").findall(s, 1, 4))
print("group spans:", re.match(r"(a)(.)(b)", s).regs)
print("\\W on emoji:", re.findall(r"\W", s))
print("ignorecase astral:", re.findall(r"𐐀", "𐐨𐐀", re.I))
print("lone surrogate literal:", re.findall("\ud800", "x\ud800y"))
print("empty matches:", re.sub(r"", "|", "😀a"))
