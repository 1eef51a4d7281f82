# description: format widths and precisions count code points (combining marks, astral, wide CJK all count as one)
# features: [builtins, str, formatting, unicode]
# expect: output
samples = ["e\u0301", "\u4e2d\u6587", "\U0001F600", "abc", "\u0301", "a\u200bb"]
for s in samples:
    print(ascii(s), len(s), repr(format(s, "*^6")), repr("%-5s|" % s), repr("{:>4.1}".format(s)))
e_acute = "\u00e9"
print(repr(f"{e_acute:_<3}"), repr(format("x", "\u00e9^5")), repr(format(7, "\u2007>4")))
print(repr("{:{}^{}}".format("\U0001F600", "\u4e2d", 5)))
print(repr("%5.2s" % "\u4e2d\u6587\u5b57"))
