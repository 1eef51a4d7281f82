# description: lookahead, negative lookahead, lookbehind and negative lookbehind, with fixed-width lookbehind enforced
# features: [re]
# expect: output

import re

print("lookahead:", re.findall(r"\w+(?=!)", "hi! there yo!"))
print("neg lookahead:", re.findall(r"\b\w+\b(?!!)", "hi! there yo!"))
print("lookbehind:", re.findall(r"(?<=\$)\d+", "cost $30, 40, $5"))
print("neg lookbehind:", re.findall(r"(?<!\$)\b\d+", "cost $30, 40, $5"))
print("password check:", [bool(re.match(r"(?=.*\d)(?=.*[A-Z]).{6,}$", p)) for p in ("abc123", "Abc123", "A1")])
print("thousands:", re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"))
print("lookbehind alternation same width:", re.findall(r"(?<=a|b)c", "ac bc cc"))
print("lookbehind group alternatives:", re.findall(r"(?<=(ab|cd))e", "abe cde"))
print("zero width span:", re.search(r"(?=b)", "abc").span())
print("lookahead does not consume:", re.match(r"(?=(\w+))\w", "abc").groups(), re.match(r"(?=(\w+))\w", "abc").group())
try:
    re.compile(r"(?<=a+)b")
except re.error as e:
    print("error:", e)
try:
    re.compile(r"(?<=a|bc)d")
except re.error as e:
    print("error:", e)
