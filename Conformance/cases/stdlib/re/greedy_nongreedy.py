# description: greedy vs non-greedy quantifiers including {m,n}? and backtracking choose CPython's leftmost results
# features: [re]
# expect: output

import re

html = "<b>bold</b><i>it</i>"
print("greedy:", re.findall(r"<.*>", html))
print("lazy:", re.findall(r"<.*?>", html))
print("+?:", re.match(r"a+?", "aaa").group(), "??:", re.match(r"ab??", "ab").group())
print("{2,4}:", re.match(r"a{2,4}", "aaaaa").group(), "{2,4}?:", re.match(r"a{2,4}?", "aaaaa").group())
print("{,2}:", re.match(r"a{,2}", "aaa").group(), "{2,}:", re.match(r"a{2,}", "aaaa").group())
print("{3}:", re.findall(r"\d{3}", "12345678"))
print("lazy then anchor:", re.match(r"(.*?)(\d+)$", "abc123").groups())
print("greedy then digits:", re.match(r"(.*)(\d+)$", "abc123").groups())
print("literal brace:", re.findall(r"a{,b}", "a{,b}"), re.findall(r"x{a}", "x{a}"))
print("backtrack alternation:", re.match(r"(a|ab)(c|bcd)(d*)", "abcd").groups())
print("star of group:", re.match(r"(ab)*", "ababa").group(), re.match(r"(ab)*", "ababa").span(1))
try:
    re.compile(r"a{3,2}")
except re.error as e:
    print("error:", e)
try:
    re.compile(r"a**")
except re.error as e:
    print("error:", e)
