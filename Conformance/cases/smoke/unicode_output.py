# description: non-ASCII text is written to stdout as UTF-8
# features: [unicode, str]
# expect: output

word = "naïve café Δx 𝔘 日本"
print(word)
print(len(word), word.upper())
print([hex(ord(c)) for c in "é𝔘"])
