# description: textwrap.wrap/fill with width, indents, long words, hyphens, tabs, whitespace options and max_lines placeholders
# features: [textwrap]
# expect: output

import textwrap

text = "The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs."
print(textwrap.wrap(text, 20))
print(textwrap.fill(text, 30))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
long = "short supercalifragilisticexpialidocious word"
print("break long:", textwrap.wrap(long, 10))
print("no break long:", textwrap.wrap(long, 10, break_long_words=False))
hy = "a well-known state-of-the-art thing"
print("hyphens:", textwrap.wrap(hy, 12))
print("no hyphen break:", textwrap.wrap(hy, 12, break_on_hyphens=False))
print("tabs:", textwrap.wrap("a\tb\tc", 40), textwrap.wrap("a\tb", 40, tabsize=2))
print("replace_whitespace False:", textwrap.wrap("a\nb c", 40, replace_whitespace=False))
print("drop_whitespace False:", textwrap.wrap("  lead  and  trail  ", 6, drop_whitespace=False))
print("max_lines:", textwrap.wrap(text, 20, max_lines=2))
print("placeholder:", textwrap.wrap(text, 20, max_lines=3, placeholder=" [more]"))
print("sentence endings:", textwrap.fill("Hi there. How are you?  Fine.", 80, fix_sentence_endings=True))
print("empty:", textwrap.wrap(""), textwrap.wrap("   "))
print("width 1:", textwrap.wrap("abc de", 1))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print("ValueError:", e)
try:
    textwrap.wrap(text, 5, max_lines=1, placeholder=" [too long]")
except ValueError as e:
    print("ValueError:", e)
w = textwrap.TextWrapper(width=15, initial_indent="> ")
print("wrapper reuse:", w.wrap("one two three four"), w.fill("x y"))
