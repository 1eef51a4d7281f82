# description: str repr quote selection, escapes for control/non-printable chars, lone surrogates and ascii()
# features: [builtins, str, unicode]
# expect: output
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\tnl\ncr\r", "\x00\x07\x1b\x7f",
           "\x80\x9f\xa0\xad", "caf\u00e9", "\u4e2d\u6587", "\u200b\u200e\u2028\u2029\ufeff", "\U0001F600",
           "\U000e0001", "\ud800", "\udfff", "\ud83d\ude00", "\ufffd", "\U0010ffff", "\x0b\x0c", "'\"'", "\\'"]
for s in samples:
    print(repr(s), ascii(s), len(repr(s)))
print("repr in containers:", ["it's", "x"], ("\n",), {"\t": "'"})
print("surrogate pair is two chars:", len("\ud83d\ude00"), "\ud83d\ude00" == "\U0001F600")
print("eval round trip:", all(eval(repr(s)) == s for s in samples))
print("ascii of non-str:", ascii([1, "\u00e9"]), ascii(b"\xff"), ascii(1.5))
print("%r %a:", "%r %a" % ("\u00e9", "\u00e9"))
print("format !r !a:", "{!r} {!a}".format("\u00e9'", "\u00e9'"))
