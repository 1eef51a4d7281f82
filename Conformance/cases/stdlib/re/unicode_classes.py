# description: \w, \d, \s, \b and case-insensitive matching follow Unicode for str patterns and ASCII for bytes or re.ASCII
# features: [re, unicode]
# expect: output

import re

print("\\w:", re.findall(r"\w+", "naïve Ωmega 日本語 _x1"))
print("\\d:", re.findall(r"\d", "1٣۴५໖"), re.findall(r"\d", "1٣۴५", re.A))
print("\\s:", [hex(ord(c)) for c in re.findall(r"\s", " \t\n\x0b\x0c\r\x1c\x85\xa0\u2003\u3000")])
print("\\s ascii:", [hex(ord(c)) for c in re.findall(r"\s", " \t\x85\xa0\u3000", re.A)])
print("\\b unicode:", re.findall(r"\bé\w*", "élan café été"))
print("I unicode:", bool(re.match(r"straße", "STRAßE", re.I)), bool(re.match(r"σ", "Σ", re.I)), bool(re.match(r"ς", "Σ", re.I)))
print("kelvin sign:", bool(re.match(r"k", "\u212a", re.I)), bool(re.match(r"k", "\u212a", re.I | re.A)))
print("long s:", bool(re.match(r"s", "\u017f", re.I)))
print("\\W on accents:", re.findall(r"\W", "a-é b"))
print("bytes \\w:", re.findall(rb"\w+", "café".encode()))
print("range:", re.findall(r"[α-ω]+", "abc αβγ xyz ωψ"))
print("\\N:", re.findall(r"\N{GREEK SMALL LETTER ALPHA}", "aαβα"))
print("\\u escape:", re.findall(r"\u00e9", "café"), re.findall(r"\U0001F600", "x😀"))
print("casefold class:", re.findall(r"[A-Z]+", "abcÀ", re.I))
try:
    re.search("a", b"abc")
except TypeError as e:
    print("TypeError:", e)
try:
    re.search(b"a", "abc")
except TypeError as e:
    print("TypeError:", e)
