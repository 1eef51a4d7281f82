"""Writes re_semantics.jsonl from CPython 3.13: for each (pattern, flags, subject) the spans of
the first search match (all groups), of every finditer match, and whether fullmatch succeeds;
then pattern errors with their message and position.
Run: python3.13 gen_re_semantics.py > re_semantics.jsonl"""
import json
import re

I, M, S, X, A = re.I, re.M, re.S, re.X, re.A
MATCH_CASES = [
    (r'(a|)*', 0, 'aa'), (r'(a*)+', 0, 'b'), (r'(?:(a)|b)*', 0, 'ab'), (r'(a)(?:(b)|c)*', 0, 'abc'),
    (r'((a)|b)+', 0, 'ab'), (r'(a)?(?(1)b|c)', 0, 'ac'), (r'(a)?(?(1)b|c)', 0, 'ab'),
    (r'\bfoo\b', 0, 'a foo b'), (r'\Bo\B', 0, 'foo'), (r'\B', 0, ''), (r'^', 0, ''), (r'$', 0, 'a\n'),
    (r'a$', 0, 'a\n'), (r'a\Z', 0, 'a\n'), (r'^b', M, 'a\nb'), (r'a$', M, 'a\nb'), (r'.+', S, 'a\nb'),
    (r'.+', 0, 'a\nb'), (r'[^a]+', 0, 'bcd\na'), (r'\w+', 0, 'héllo wörld_1 ǅx ²3'), (r'\w+', A, 'héllo'),
    (r'\d+', 0, '12٣४'), (r'\d+', A, '12٣'), (r'\s+', 0, 'a \u2003\x1c\x85 b'), (r'\s+', A, 'a \x85\x0b b'),
    (r'\W+', 0, 'a-é b'), (r'[a-z]+', I, 'ABCdef'), (r'[^a-z]+', I, 'ABC123'), (r'ß', I, 'ẞß'),
    (r'k', I, 'K\u212a'), (r'k', I | A, 'K\u212a'), (r'[k]', I, '\u212a'), (r's', I, '\u017fS'),
    (r'σ', I, 'Σς'), (r'[α-ω]+', I, 'ΑΒΓ'), (r'i', I, 'İı'), (r'\u0130', I, 'i'), (r'[^\u0131]', I, 'I'),
    (r'x*', 0, 'xxyxx'), (r'(?<=a)b', 0, 'ab'), (r'(?<!a)b', 0, 'cb ab'), (r'a{2}', 0, 'aaaa'),
    (r'a{2,}?', 0, 'aaaa'), (r'a{,3}', 0, 'aaaa'), (r'a{3,5}+a', 0, 'aaaaaa'), (r'(?P<x>\w)(?P=x)', 0, 'abccd'),
    (r'(a)\1', I, 'aA'), (r'[\]]', 0, ']'), (r'[]a]', 0, ']'), (r'[a-]', 0, '-'), (r'[\w-]+', 0, 'a-b'),
    (r'\x41\u0042\U00000043', 0, 'ABC'), (r'\101\0', 0, 'A\x00'), (r'[\d\s]+', 0, '1 2'),
    (r' a b # c', X, 'ab'), (r'[ ]a', X, ' a'), (r'a|b|c', 0, 'cab'), (r'(a+)+b', 0, 'aaab'),
    (r'(?>a+)b', 0, 'aab'), (r'a++b', 0, 'aab'), (r'(?i:a)B', 0, 'AB ab'), (r'(?-i:a)b', I, 'aB Ab'),
    (r'(|a)', 0, 'a'), (r'(a|ab)(c|bcd)(d*)', 0, 'abcd'), (r'a|', 0, 'baac'), (r'\b', 0, 'ab cd'),
    (r'(?=(\w+))\w', 0, 'abc'), (r'(?<=(ab|cd))e', 0, 'abe cde'), (r'(\w)(\d+)', 0, 'a1 b22 c333'),
    (r'[\x80-\xff]+', 0, 'a\xe9\xffb'), (r'(?s:.)', 0, '\n'), (r'.', 0, '\n'), (r'[\s\S]', 0, '\n'),
    (r'\N{GREEK SMALL LETTER ALPHA}+', 0, 'aαα'), (r'[^\W\d]+', 0, 'ab12_c'), (r'[\D]+', 0, '12ab'),
    (r'(?x) (?# comment ) a \# b', 0, 'a#b'), (r'(?:a|b)+?c', 0, 'ababc'), (r'(a)|(b)', 0, 'b'),
    (r'(?P<first>\w+) (?P<last>\w+)', 0, 'Jane Doe'), (r'x{2,3}?y', 0, 'xxxxy'), (r'', 0, 'abc'),
    (r'😀+', 0, 'x😀😀y'), (r'.', 0, 'a😀'), (r'[^x]+', 0, 'x😀b'), (r'[😀-😂]+', 0, 'a😁😀'),
    (r'\W', 0, '😀'), (r'(.)(.)', 0, '😀😁'), (r'[\ud800-\udfff]', 0, '😀'), (r'\w+', 0, 'a𝐀𝐁b'),
]
for pattern, flags, subject in MATCH_CASES:
    p = re.compile(pattern, flags)
    m = p.search(subject)
    print(json.dumps({
        "pattern": pattern, "flags": int(flags), "subject": subject,
        "search": m.regs if m else None,
        "all": [mm.span() for mm in p.finditer(subject)],
        "fullmatch": p.fullmatch(subject) is not None,
    }))

ERROR_CASES = [
    "(", "(a", "a)", "*a", "a**", "[a", "[z-a]", "\\", "a\\", "\\q", "(?<x>a)", "(?P<1>a)",
    "(?P<a-b>x)", "a{2,1}", "(?z)", "(?", "\\8", "x++++", "[\\d-z]", "(?<=a*)b", "\\N{NO SUCH}",
    "(?i", "a\n(", "(?P<n>a)(?P=m)", "(?#unterminated", "(a)\\2", "(?P=missing)", "(?P<n>a)(?P<n>b)",
    "(?<=a|bc)d", "a(?i)b", r"(?P<a>x)(?P<a>y)", r"[a-\d]", r"\x4", r"\u12", r"\U1234", r"\U00110000",
    "(?P", "(?P<", "(?P<a", "(?P=", "(?(", "(?(a", "(?(1)a|b|c)", "(?(0)a)", "(?i-i:a)", "(?-:a)",
    "(?a-u:a)", "(?L)a", r"\400", r"[\400]", r"(?<=\1)(a)", r"(a)(?<=\1)", "a(?", "(?P>x)", "(?^x)",
    r"\N", r"\N{", r"\N{x", "(?(2)a)", "(a)(?(1)b", "[]", "[^]", "x{1,2}{3}", r"\g<1>", "(?x)[",
]
for pattern in ERROR_CASES:
    try:
        re.compile(pattern)
        print(json.dumps({"error_pattern": pattern, "msg": None, "pos": None}))
    except re.error as e:
        print(json.dumps({"error_pattern": pattern, "msg": e.msg, "pos": e.pos}))
