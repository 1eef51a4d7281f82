# description: string module constants have CPython's exact contents and capwords splits, capitalizes and rejoins words
# features: [string]
# expect: output

import string

for name in ("ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits", "octdigits", "punctuation"):
    print(f"{name}: {getattr(string, name)!r}")
print("whitespace:", repr(string.whitespace))
print("printable:", repr(string.printable))
print("printable length:", len(string.printable))
print("capwords:", string.capwords("hello   wORLD  foo\tbar"))
print("capwords sep:", string.capwords("a-b--c", "-"))
print("capwords leading space:", repr(string.capwords("  x y  ")))
print("capwords lowers rest:", string.capwords("mIXED cASE o'neil"))
print("vs title:", "o'neil mcdonald".title(), "|", string.capwords("o'neil mcdonald"))
