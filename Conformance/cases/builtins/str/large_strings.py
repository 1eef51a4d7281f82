# description: large strings: repetition/join/replace/find/count on multi-megabyte text stay exact
# features: [builtins, str]
# expect: output
unit = "abc\u00e9"
big = unit * 250000
print("len:", len(big), "utf-8 bytes:", len(big.encode()))
print("count:", big.count("c\u00e9a"), big.count("\u00e9"))
print("find/rfind:", big.find("\u00e9abc", 10**6 - 10), big.rfind("ab"))
joined = "-".join(["x"] * 100000)
print("join len:", len(joined), joined.count("-"))
rep = big.replace("\u00e9", "EE")
print("replace grows:", len(rep), rep[:10])
print("split count:", len(big.split("\u00e9")))
print("upper len:", len(big.upper()), big.upper()[:4])
print("slicing far:", big[-4:], big[999996:1000000] == unit)
print("equality and hash of equal large strings:", big == unit * 250000, hash(big) == hash(unit * 250000))
print("in:", "\u00e9abc\u00e9" in big, "zz" in big)
astral = "\U0001F600" * 100000
print("astral len:", len(astral), astral.count("\U0001F600"), astral[50000] == "\U0001F600")
