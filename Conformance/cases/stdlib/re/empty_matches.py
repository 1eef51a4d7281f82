# description: empty matches in sub, findall and finditer follow Python 3.7+ rules (empty match allowed adjacent to a previous non-empty match)
# features: [re]
# expect: output

import re

print("sub x*:", re.sub("x*", "-", "abxd"))
print("sub empty pattern:", re.sub("", "|", "abc"))
print("sub a|:", re.sub("a|", "-", "baac"))
print("findall x*:", re.findall("x*", "axxb"))
print("findall \\b:", re.findall(r"\b", "ab cd"))
print("finditer spans:", [m.span() for m in re.finditer(r"\w*", "ab c")])
print("subn counts:", re.subn(r"\w*", "#", "ab c"))
print("findall ^ multiline:", len(re.findall("^", "a\nb\n", flags=re.M)))
print("sub $:", re.sub("$", "!", "line1\nline2\n"))
print("sub $ multiline:", re.sub("$", "!", "line1\nline2\n", flags=re.M))
print("\\Z:", re.sub(r"\Z", "!", "a\n"))
