# description: Match group/groups/groupdict/span/start/end/lastindex/lastgroup with named, optional and nested groups
# features: [re]
# expect: output

import re

m = re.match(r"(?P<year>\d{4})-(?P<month>\d\d)(?:-(?P<day>\d\d))?( (\w+))?", "2024-03 noon")
print("group():", m.group(), "group(0):", m.group(0))
print("group(1, 'month'):", m.group(1, "month"))
print("groups:", m.groups())
print("groups default:", m.groups("-"))
print("groupdict:", m.groupdict())
print("groupdict default:", m.groupdict(default="?"))
print("by name:", m["year"], m[2], m["day"])
print("span/start/end:", m.span(), m.span("month"), m.start(2), m.end("year"))
print("unmatched span:", m.span("day"), m.start(3), m.end(3))
print("lastindex lastgroup:", m.lastindex, m.lastgroup)
m2 = re.match(r"(a)(b)?", "ac")
print("lastindex when trailing optional fails:", m2.lastindex, m2.lastgroup)
m3 = re.match(r"((a)(b))", "ab")
print("nested lastindex:", m3.lastindex, m3.groups())
m4 = re.match(r"(?P<x>a)|(?P<y>b)", "b")
print("lastgroup name:", m4.lastgroup, m4.lastindex)
print("no groups lastindex:", re.match("a", "a").lastindex)
try:
    m.group(9)
except IndexError as e:
    print("IndexError:", e)
try:
    m.group("nope")
except IndexError as e:
    print("IndexError:", e)
print("repeated group keeps last:", re.match(r"(\w)+", "abc").group(1))
print("re/string/pos/endpos:", m.re.pattern[:8], m.string, m.pos, m.endpos)
print("repr:", repr(re.search(r"l+", "hello")))
