# description: numbered and named backreferences, conditional groups, and case-insensitive backreferences
# features: [re]
# expect: output

import re

print("doubled words:", re.findall(r"\b(\w+) \1\b", "the the cat sat sat down"))
print("named:", re.search(r"(?P<q>['\"]).*?(?P=q)", "say 'hi' \"there\"").group())
print("html tag:", re.findall(r"<(\w+)>.*?</\1>", "<b>x</b><i>y</b><u>z</u>"))
print("palindrome5:", bool(re.fullmatch(r"(.)(.).\2\1", "radar")), bool(re.fullmatch(r"(.)(.).\2\1", "radix")))
print("case-insensitive backref:", re.match(r"(a)\1", "aA", re.I) is not None)
print("conditional:", [bool(re.fullmatch(r"(<)?\w+(?(1)>)", s)) for s in ("<a>", "a", "<a", "a>")])
print("conditional named:", re.fullmatch(r"(?P<p>\()?\d+(?(p)\)|)", "(12)").group())
print("backref to unmatched fails:", re.match(r"(a)?b\1", "b"))
print("octal escapes:", re.match(r"\101", "A") is not None, re.match(r"\0", "\x00") is not None, re.match(r"(a)\1", "aa").group())
try:
    re.compile(r"(a)\2")
except re.error as e:
    print("error:", e)
try:
    re.compile(r"(?P=missing)")
except re.error as e:
    print("error:", e)
try:
    re.compile(r"(?P<n>a)(?P<n>b)")
except re.error as e:
    print("error:", e)
