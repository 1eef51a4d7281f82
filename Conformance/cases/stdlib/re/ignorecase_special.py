# description: IGNORECASE follows sre's simple lowercase comparison plus its extra-case table (long s, dotless i, Kelvin sign, sigma forms, micro sign) and ASCII-only folding with re.A
# features: [re, unicode]
# expect: output

import re

pairs = [("s", "ſ"), ("S", "ſ"), ("k", "\u212a"), ("i", "ı"), ("I", "ı"), ("i", "İ"), ("µ", "μ"), ("µ", "Μ"),
         ("β", "ϐ"), ("ε", "ϵ"), ("θ", "ϑ"), ("σ", "ς"), ("ß", "ẞ"), ("ǆ", "ǅ"), ("ǆ", "Ǆ"), ("ﬀ", "FF")]
for a, b in pairs:
    print(ascii(a), ascii(b), bool(re.fullmatch(a, b, re.I)), bool(re.fullmatch(b, a, re.I)),
          bool(re.fullmatch(f"[{a}]", b, re.I)), bool(re.fullmatch(a, b, re.I | re.A)))
print("range folds:", re.findall(r"[a-f]+", "ABCDEFG", re.I), re.findall(r"[A-F]+", "abcdefg", re.I))
print("negated folds:", re.findall(r"[^a-z]+", "ABC123def", re.I))
print("class with kelvin:", bool(re.match(r"[j-l]", "\u212a", re.I)), bool(re.match(r"[j-l]", "\u212a", re.I | re.A)))
print("backref folds:", re.findall(r"(\w)\1", "aA bB cc dE", re.I))
print("scoped off:", re.findall(r"(?i:a)(?-i:b)", "ab Ab aB AB"))
print("bytes fold ascii only:", re.findall(rb"\xe9", b"\xc9\xe9", re.I), re.findall(rb"[a-z]+", b"ABC\xc9", re.I))
