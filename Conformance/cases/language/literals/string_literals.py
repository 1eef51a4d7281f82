# description: string literal forms: quotes, escapes, raw, triple-quoted, implicit concatenation, unicode escapes
# features: [literals, str, unicode]
# expect: output

print('single', "double", '''triple single''', """triple double""")
print("escapes:", repr("tab\there"), repr("new\nline"), repr("quote\"s"), repr('it\'s'), repr("back\\slash"))
print("octal/hex:", repr("\101\x42\u0043\U00000044"), repr("\0"), repr("\7"))
print("named unicode:", "\N{LATIN SMALL LETTER E WITH ACUTE}", "\N{SNOWMAN}", len("\N{EM DASH}"))
print("raw:", r"C:\new\table", len(r"\n"), r"\'", R"\d+")
print("raw cannot end with odd backslash but can escape quote:", r"a\"b")
print("line continuation inside string:", "abc\
def")
print("triple with quotes inside:", """He said "hi" and 'bye'""", '''a "" b''')
print("triple keeps newlines:", repr("""line1
line2
"""))
print("implicit concatenation:", "abc" 'def' """ghi""", "x" r"\y")
parts = ("one "
         "two "
         "three")
print("across lines:", parts)
print("u prefix:", u"unicode", type(u"x").__name__)
print("unicode:", "héllo", len("héllo"), "日本語", len("日本語"), "😀", len("😀"))
print("surrogate escapes:", repr("\ud800"), len("\ud800"))
print("case of prefixes:", R"\x", Rb"\x", BR"\x", rB"\x")

# string literal is the same object? only equality is guaranteed
a = "hello world"
b = "hello world"
print("equal:", a == b)

# adjacent f-string and plain string
v = 3
print("mixed concat:", "v=" f"{v}" " done")
