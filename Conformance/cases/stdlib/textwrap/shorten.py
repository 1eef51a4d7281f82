# description: textwrap.shorten collapses whitespace and truncates at word boundaries with a placeholder
# features: [textwrap]
# expect: output

import textwrap

print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world", width=10, placeholder="..."))
print(textwrap.shorten("  lots   of\n\twhitespace  ", 100))
print(repr(textwrap.shorten("Supercalifragilistic", 10)))
print(textwrap.shorten("The quick brown fox jumps", 15, placeholder=" >>"))
try:
    textwrap.shorten("abc def", 3)
except ValueError as e:
    print("ValueError:", e)
print(repr(textwrap.shorten("", 5)))
