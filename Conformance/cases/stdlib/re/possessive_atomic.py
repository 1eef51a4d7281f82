# description: possessive quantifiers and atomic groups (3.11+) prevent backtracking into the group
# features: [re]
# min-version: 3.11
# expect: output

import re

print("greedy backtracks:", re.match(r"a+ab", "aaab"))
print("possessive no backtrack:", re.match(r"a++ab", "aaab"))
print("possessive ok:", re.match(r"a++b", "aaab").group())
print("*+:", re.match(r"x*+y", "xxy").group(), re.match(r"x*+x", "xxx"))
print("?+:", re.match(r"a?+a", "a"), re.match(r"a?+b", "ab").group())
print("{m,n}+:", re.match(r"\d{1,3}+\d", "1234").group(), re.match(r"\d{1,3}+\d", "123"))
print("atomic:", re.match(r"(?>a+)ab", "aaab"), re.match(r"(?>a+)b", "aab").group())
print("atomic alternation:", re.match(r"(?>ab|a)c", "abc").group(), re.match(r"(?>a|ab)c", "abc"))
print("atomic groups not capturing:", re.match(r"(?>(a+))b", "aab").groups())
print("quote parse:", re.findall(r'"(?>[^"\\]++|\\.)*+"', r'say "a\"b" and "c"'))
print("findall possessive:", re.findall(r"\w++", "ab cd"))
