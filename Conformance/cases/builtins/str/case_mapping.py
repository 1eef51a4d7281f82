# description: upper/lower/title/capitalize/swapcase/casefold incl. full case mappings (ß, ﬁ, Σ, İ)
# features: [builtins, str, unicode]
# expect: output
samples = ["hello world", "ßtraße", "ﬁnance ﬂow", "ΑΣ ΟΔΟΣ", "σς", "İstanbul", "ǅemal ǆ", "ŉ", "they're bill's",
           "hello_world-foo bar9baz", "ǰ", "ﬀ", "Ὰͅ", "ΐ", "aBc DeF", "1st 2nd", "\U00010428\U00010400"]
for s in samples:
    print(repr(s))
    print("  upper", repr(s.upper()), "lower", repr(s.lower()))
    print("  title", repr(s.title()), "capitalize", repr(s.capitalize()))
    print("  swapcase", repr(s.swapcase()), "casefold", repr(s.casefold()))
print("lengths change:", len("ß".upper()), len("ﬃ".upper()), len("İ".lower()))
print("casefold compare:", "Straße".casefold() == "STRASSE".casefold(), "Straße".lower() == "STRASSE".lower())
print("final sigma:", "ΣΑΣ".lower(), "Σ".lower(), "ΑΣ.".lower(), "ΑΣa".lower())
print("istitle:", "Hello World".istitle(), "Hello world".istitle(), "ǅemal".istitle(), "".istitle(), "1A".istitle())
print("isupper/islower:", "ABC1".isupper(), "abc1".islower(), "123".isupper(), "ß".islower(), "ǅ".isupper())
