# description: bytes split/strip/isspace use ASCII-only whitespace; case methods touch only ASCII letters
# features: [builtins, bytes]
# expect: output
ws = bytes(range(0, 33)) + b"\x85\xa0"
print("isspace bytes:", [b for b in range(256) if bytes([b]).isspace()])
print("isspace str:", [c for c in range(256) if chr(c).isspace()])
print("split on mixed:", b"a\x1cb\x0bc\x85d\xa0e f".split())
print("str split on same text:", "a\x1cb\x0bc\x85d\xa0e f".split())
print("strip:", b"\x0b\x0c\r\n\t x \x85".strip(), b"\x1c x".strip())
print("upper/lower only ASCII:", b"abc\xe9\xff".upper(), b"ABC\xc9".lower())
print("title:", b"hello wORLD\xe9x".title(), b"they're".title())
print("isalpha ASCII only:", b"abc".isalpha(), b"\xe9".isalpha(), "\xe9".isalpha())
print("isdigit:", b"123".isdigit(), b"\xb2".isdigit(), "\xb2".isdigit())
print("splitlines ASCII boundaries only:", b"a\x0bb\x0cc\x1cd\re\nf".splitlines())
print("swapcase:", b"aBc\xe9".swapcase(), "capitalize:", b"\xe9abc".capitalize())
print("istitle/islower/isupper:", b"Ab Cd".istitle(), b"ab1".islower(), b"\xe9".islower(), b"A1".isupper())
