# description: TextWrapper splits on whitespace and hyphens (not em dashes), keeps expand_tabs/tabsize settings, and can be reconfigured
# features: [textwrap]
# expect: output

import textwrap

w = textwrap.TextWrapper(width=12)
print(w.wrap("alpha—beta gamma-delta epsilon"))
print("hyphenated words split after hyphen:", textwrap.wrap("look, a well-known dog", 12))
w.width = 8
print("reconfigured:", w.wrap("one two three four"))
w2 = textwrap.TextWrapper(width=20, expand_tabs=False, replace_whitespace=True)
print("tabs replaced not expanded:", w2.wrap("a\tb\tc"))
w3 = textwrap.TextWrapper(width=20, tabsize=4)
print("tabsize:", w3.wrap("x\ty\tz"))
print("numbers with hyphen:", textwrap.wrap("call 555-123-4567 now", 10))
print("unicode width is len:", textwrap.wrap("ééé ééé ééé", 7))
print("fill joins with newline:", repr(textwrap.fill("a b c", 3)))
print("leading spaces dropped per line:", textwrap.wrap("   indented start", 10))
print("initial indent counts toward width:", textwrap.wrap("aaaa bbbb", 8, initial_indent=">>>"))
