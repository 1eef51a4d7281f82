# description: re.split with capture groups, maxsplit, and empty-match splitting (3.7+ semantics)
# features: [re]
# expect: output

import re

print(re.split(r",\s*", "a, b,c,   d"))
print("with group:", re.split(r"(,)\s*", "a, b,c"))
print("two groups:", re.split(r"(-)|(\+)", "1-2+3"))
print("maxsplit:", re.split(r"\s+", "a b c d", maxsplit=2))
print("leading/trailing:", re.split(r",", ",a,b,"))
print("no match:", re.split(r"x", "abc"))
print("empty string:", re.split(r"x", ""), re.split(r"x*", ""))
print("empty matches:", re.split(r"\b", "hi there"))
print("x*:", re.split(r"x*", "axbc"))
print("lookahead split:", re.split(r"(?=[A-Z])", "helloWorldFooBar"))
print("^ with M:", re.split(r"^", "a\nb\nc", flags=re.M))
print("bytes:", re.split(rb"\d", b"a1b2c"))
print("pattern method maxsplit:", re.compile(r"\W+").split("Words, words, words.", 1))
