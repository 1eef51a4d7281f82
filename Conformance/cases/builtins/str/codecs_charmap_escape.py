# description: single-byte table codecs (cp437, koi8-r, mac_roman, iso8859-*), escape codecs, non-text codecs and codec error handlers
# features: [builtins, str, bytes, unicode]
# expect: output
import sys

def show(label, f):
    try:
        print(label, ascii(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

for enc in ["cp437", "cp850", "cp1251", "koi8-r", "koi8_u", "mac_roman", "iso8859-2", "iso-8859-15", "latin9", "cp866", "tis-620", "hp-roman8"]:
    data = bytes(range(128, 256))
    try:
        text = data.decode(enc)
        back = text.encode(enc)
        print(enc, len(text), ascii(text[:6]), back == data)
    except UnicodeDecodeError as e:
        print(enc, "!", e)
show("cp437 encode", lambda: "█é┤".encode("cp437"))
show("koi8 encode", lambda: "привет".encode("koi8-r"))
show("cp1252 undefined", lambda: b"\x81".decode("cp1252", "replace"))
show("cp1252 strict", lambda: "\u0100".encode("cp1252"))
show("cp1252 backslash", lambda: "a\u0100\U0001F600".encode("cp1252", "backslashreplace"))
show("iso8859-7 undefined", lambda: b"\xae".decode("iso8859-7"))
show("mac_roman ignore", lambda: "a\u20acb\u4e2d".encode("mac_roman", "ignore"))
show("hex refused", lambda: "ab".encode("hex"))
show("base64 refused", lambda: b"ab".decode("base64"))
show("rot13 refused", lambda: "ab".encode("rot_13"))
show("zlib refused", lambda: b"x".decode("zlib"))
show("unknown", lambda: b"x".decode("no-such-codec"))
show("nul in name", lambda: b"x".decode("utf\x008"))
show("unicode_escape", lambda: "a\u00e9\n\\\x7f\U0001F600\u4e2d".encode("unicode_escape"))
show("unicode_escape decode", lambda: b"\\x41\\101\\u00e9\\N{BULLET}\\t\\q\\\n!".decode("unicode_escape"))
show("unicode_escape truncated", lambda: b"ab\\u12".decode("unicode_escape"))
show("unicode_escape bad N", lambda: b"\\N{NO SUCH NAME}".decode("unicode_escape"))
show("unicode_escape bad N brace", lambda: b"\\N{BULLET".decode("unicode_escape"))
show("unicode_escape trailing", lambda: b"ab\\".decode("unicode_escape"))
show("unicode_escape range", lambda: b"\\U00110000".decode("unicode_escape"))
show("unicode_escape replace", lambda: b"a\\x4gb\\u12".decode("unicode_escape", "replace"))
show("unicode_escape backslashreplace", lambda: b"a\\xZZ".decode("unicode_escape", "backslashreplace"))
show("raw_unicode_escape", lambda: ("\\x\u00e9\u20ac\U0001F600".encode("raw_unicode_escape"), b"\\u20ac\\x\\".decode("raw_unicode_escape")))
show("raw_unicode_escape bad", lambda: b"\\u12x".decode("raw_unicode_escape"))
show("raw_unicode_escape range", lambda: b"\\U00110000".decode("raw_unicode_escape"))
show("latin-1 aliases", lambda: ["\u00ff".encode(e) for e in ["latin1", "L1", "iso_8859_1", "8859", "cp819", "ISO-8859-1"]])
show("utf aliases", lambda: ["\u00e9".encode(e) for e in ["U8", "utf", "UTF_8", "utf-8-sig", "utf16", "UTF-32LE"]])
show("errors unknown ok", lambda: "abc".encode("ascii", "no-such-handler"))
show("errors unknown used", lambda: "\u00e9".encode("ascii", "no-such-handler"))
show("errors nul", lambda: "a".encode("ascii", "str\x00ict"))
show("decode errors types", lambda: b"a".decode("ascii", 5))
show("bytes() errors", lambda: (bytes("\u00e9", "ascii", "xmlcharrefreplace"), bytearray("\u00e9\u20ac", "cp1252")))
show("str() decode", lambda: (str(b"\xe9", "latin-1"), str(bytearray(b"ab"), "ascii"), str(memoryview(b"cd"), "utf-8")))
show("str() decode str", lambda: str("x", "utf-8"))
show("str() decode int", lambda: str(5, "utf-8"))
