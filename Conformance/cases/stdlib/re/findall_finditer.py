# description: findall returns strings or tuples depending on group count, finditer yields Match objects, including optional groups
# features: [re]
# expect: output

import re

text = "a1 b22 c333 d"
print("no groups:", re.findall(r"[a-z]\d*", text))
print("one group:", re.findall(r"[a-z](\d+)", text))
print("two groups:", re.findall(r"([a-z])(\d+)", text))
print("optional group empty string:", re.findall(r"([a-z])(\d)?", "a1b"))
print("non-capturing:", re.findall(r"(?:[a-z])(\d+)", text))
print("nested:", re.findall(r"((\w)\w)", "abcd"))
print("named counts as group:", re.findall(r"(?P<n>\d)", "1 2"))
print("overlapping not found:", re.findall(r"aa", "aaaa"), "with lookahead:", len(re.findall(r"(?=aa)", "aaaa")))
for m in re.finditer(r"(\w)(\d+)", text):
    print("  finditer:", m.group(0), m.span(), m.groups())
print("finditer empty:", list(re.finditer(r"z", text)))
p = re.compile(r"\d+")
print("pattern findall pos:", p.findall(text, 4), p.findall(text, 0, 5))
print("bytes:", re.findall(rb"\d+", b"x12y3"))
fi = re.finditer("a", "aa")
print("finditer is an iterator:", iter(fi) is fi, [m.start() for m in fi], list(fi))
