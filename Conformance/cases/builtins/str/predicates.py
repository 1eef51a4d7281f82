# description: str is* predicates (identifier, printable, decimal/digit/numeric, alpha, space, ascii) over tricky chars
# features: [builtins, str, unicode]
# expect: output
samples = ["abc", "", "123", "\u0663", "\u00b2", "\u00bd", "\u2167", "\u4e09", "\uff11", "x1", "_x", "1x",
           "a b", " \t\n", "\u00a0", "\u200b", "\x1f", "\x7f", "caf\u00e9", "\u00e9", "A\u0301", "\U0001F600",
           "\u2028", "class", "None", "\u212b", "\u1d62", "ǅ", "a\u00ad", "x\u0300"]
cols = ["isidentifier", "isprintable", "isdecimal", "isdigit", "isnumeric", "isalpha", "isalnum", "isspace",
        "isascii", "islower", "isupper"]
print("sample", " ".join(c[2:6] for c in cols))
for s in samples:
    print(ascii(s), " ".join("T" if getattr(s, c)() else "." for c in cols))
print("keywords are identifiers:", "class".isidentifier(), "True".isidentifier())
print("unicode identifiers:", "\u00e9t\u00e9".isidentifier(), "\u2160x".isidentifier(), "x\u00b7".isidentifier(),
      "\u00b7x".isidentifier(), "\u212e".isidentifier())
