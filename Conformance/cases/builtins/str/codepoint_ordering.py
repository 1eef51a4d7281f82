# description: str ordering is by code point, so lone surrogates sort below astral characters (unlike UTF-16 order)
# features: [builtins, str, unicode]
# expect: output
chars = ["\uffff", "\U00010000", "\ud800", "\udfff", "\ue000", "\U0010ffff", "a", "\x00", "\u20ac"]
print("sorted code points:", [hex(ord(c)) for c in sorted(chars)])
print("surrogate < astral:", "\ud800" < "\U00010000", "\udfff" < "\U0001F600", "\ue000" < "\U00010000")
print("BMP private use > surrogate:", "\ue000" > "\udfff", "\uffff" < "\U00010000")
print("prefix ordering:", "ab" < "abc", "abc" < "abd", "" < "\x00")
print("max/min:", hex(ord(max(chars))), hex(ord(min(chars))))
words = ["\U0001F600x", "\uffffy", "\ud83dz", "plain"]
print("sorted words:", [ascii(w) for w in sorted(words)])
print("compare astral strings:", "\U0001F600" > "\U0001F5FF", "\U0001F600\U0001F600" < "\U0001F601")
print("startswith surrogate half of astral:", "\U0001F600".startswith("\ud83d"), len("\U0001F600"))
