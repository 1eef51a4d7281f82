# description: utf-16/utf-32 BOM handling, utf-8-sig, unicode_escape and raw_unicode_escape round trips
# features: [builtins, str, bytes, unicode]
# expect: output

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

text = "A\u00e9\U0001F600"
for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "utf-8-sig"]:
    data = text.encode(enc)
    print(enc, len(data), data[:4].hex(), data.decode(enc) == text)
show("utf-16 decode with BE BOM", lambda: b"\xfe\xff\x00A".decode("utf-16"))
show("utf-16 decode with LE BOM", lambda: b"\xff\xfeA\x00".decode("utf-16"))
show("utf-16-le keeps BOM char", lambda: b"\xff\xfeA\x00".decode("utf-16-le"))
show("utf-8-sig strips BOM", lambda: b"\xef\xbb\xbfhi".decode("utf-8-sig"))
show("utf-8 keeps BOM", lambda: b"\xef\xbb\xbfhi".decode("utf-8"))
show("utf-8-sig without BOM", lambda: b"hi".decode("utf-8-sig"))
show("lone surrogate in utf-16 data", lambda: b"\x00\xd8".decode("utf-16-le"))
show("unicode_escape encode", lambda: "a\u00e9\n\t\\\U0001F600".encode("unicode_escape"))
show("unicode_escape decode", lambda: b"a\\xe9\\n\\u4e2d\\U0001f600".decode("unicode_escape"))
show("unicode_escape bad", lambda: b"\\x4".decode("unicode_escape"))
show("raw_unicode_escape encode", lambda: "a\u00e9\\n\u4e2d".encode("raw_unicode_escape"))
show("raw_unicode_escape decode", lambda: b"\\u4e2d\\n".decode("raw_unicode_escape"))
show("latin-1 round trip all bytes", lambda: bytes(range(256)).decode("latin-1").encode("latin-1") == bytes(range(256)))
show("ascii replace decode", lambda: b"a\x80b".decode("ascii", "replace"))
show("utf-32 invalid code point", lambda: b"\x00\x00\x11\x00".decode("utf-32-le"))
