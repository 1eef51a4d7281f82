"""Generates the Unicode tables the tokenizer needs and .NET does not provide.

Run with CPython 3.13 from this folder:  PYENV_VERSION=3.13.0 python3.13 generate.py
Writes two gzip'd text files that Ftpy.Core embeds as resources:

identifiers.txt.gz  (Unicode as of Python's unicodedata.unidata_version)
  S a-b a-b ...        code point ranges (hex) that may start an identifier (XID_Start), non-ASCII
  C a-b ...            ranges that may continue one (XID_Continue), non-ASCII
  D cp d1 d2 ...       full compatibility decomposition (NFKD) of cp, when it differs; Hangul excluded
  K cp ccc             canonical combining class, when non-zero
  P a b c              canonical composition: a followed by b composes to c (primary composites)

names.txt.gz
  cp;NAME              every named code point whose name is not algorithmic (delta-coded cp, hex)
  R a b PREFIX         a range whose names are PREFIX + the code point in upper-case hex
  A cp NAME            a name alias that \\N{...} accepts (from ALIAS_CANDIDATES, each one checked
                       against CPython's own \\N{...}; candidates it rejects are dropped)
"""
import gzip
import unicodedata

MAX = 0x110000


def ranges(pred):
    out, start = [], None
    for c in range(0x80, MAX + 1):
        ok = c < MAX and pred(c)
        if ok and start is None:
            start = c
        elif not ok and start is not None:
            out.append('%x-%x' % (start, c - 1))
            start = None
    return out


def identifiers():
    lines = []
    lines.append('S ' + ' '.join(ranges(lambda c: chr(c).isidentifier())))
    lines.append('C ' + ' '.join(ranges(lambda c: ('a' + chr(c)).isidentifier())))
    for c in range(MAX):
        if 0xAC00 <= c <= 0xD7A3 or 0xD800 <= c <= 0xDFFF:
            continue
        ch = chr(c)
        d = unicodedata.normalize('NFKD', ch)
        if d != ch:
            lines.append('D %x %s' % (c, ' '.join('%x' % ord(x) for x in d)))
    for c in range(MAX):
        if 0xD800 <= c <= 0xDFFF:
            continue
        k = unicodedata.combining(chr(c))
        if k:
            lines.append('K %x %d' % (c, k))
    for c in range(MAX):
        if 0xAC00 <= c <= 0xD7A3 or 0xD800 <= c <= 0xDFFF:
            continue
        dec = unicodedata.decomposition(chr(c))
        if not dec or dec.startswith('<'):
            continue
        parts = [int(x, 16) for x in dec.split()]
        if len(parts) != 2:
            continue
        if unicodedata.normalize('NFC', chr(parts[0]) + chr(parts[1])) == chr(c):
            lines.append('P %x %x %x' % (parts[0], parts[1], c))
    return lines


ALGORITHMIC = ('CJK UNIFIED IDEOGRAPH-', 'CJK COMPATIBILITY IDEOGRAPH-', 'TANGUT IDEOGRAPH-',
               'KHITAN SMALL SCRIPT CHARACTER-', 'NUSHU CHARACTER-', 'HANGUL SYLLABLE ')


# Name aliases are not listed by unicodedata, so candidates are offered here and kept only
# when CPython's \\N{...} accepts them: the control character names and the usual
# abbreviations of controls and format characters.
ALIAS_CANDIDATES = """
NULL;START OF HEADING;START OF TEXT;END OF TEXT;END OF TRANSMISSION;ENQUIRY;ACKNOWLEDGE;ALERT;BACKSPACE;
CHARACTER TABULATION;HORIZONTAL TABULATION;LINE FEED;NEW LINE;END OF LINE;LINE TABULATION;VERTICAL TABULATION;
FORM FEED;CARRIAGE RETURN;SHIFT OUT;LOCKING-SHIFT ONE;SHIFT IN;LOCKING-SHIFT ZERO;DATA LINK ESCAPE;
DEVICE CONTROL ONE;DEVICE CONTROL TWO;DEVICE CONTROL THREE;DEVICE CONTROL FOUR;NEGATIVE ACKNOWLEDGE;
SYNCHRONOUS IDLE;END OF TRANSMISSION BLOCK;CANCEL;END OF MEDIUM;SUBSTITUTE;ESCAPE;INFORMATION SEPARATOR FOUR;
FILE SEPARATOR;INFORMATION SEPARATOR THREE;GROUP SEPARATOR;INFORMATION SEPARATOR TWO;RECORD SEPARATOR;
INFORMATION SEPARATOR ONE;UNIT SEPARATOR;DELETE;PADDING CHARACTER;HIGH OCTET PRESET;BREAK PERMITTED HERE;
NO BREAK HERE;INDEX;NEXT LINE;START OF SELECTED AREA;END OF SELECTED AREA;CHARACTER TABULATION SET;
HORIZONTAL TABULATION SET;CHARACTER TABULATION WITH JUSTIFICATION;HORIZONTAL TABULATION WITH JUSTIFICATION;
LINE TABULATION SET;VERTICAL TABULATION SET;PARTIAL LINE FORWARD;PARTIAL LINE DOWN;PARTIAL LINE BACKWARD;
PARTIAL LINE UP;REVERSE LINE FEED;REVERSE INDEX;SINGLE SHIFT TWO;SINGLE-SHIFT-2;SINGLE SHIFT THREE;SINGLE-SHIFT-3;
DEVICE CONTROL STRING;PRIVATE USE ONE;PRIVATE USE-1;PRIVATE USE TWO;PRIVATE USE-2;SET TRANSMIT STATE;
CANCEL CHARACTER;MESSAGE WAITING;START OF GUARDED AREA;START OF PROTECTED AREA;END OF GUARDED AREA;
END OF PROTECTED AREA;START OF STRING;SINGLE GRAPHIC CHARACTER INTRODUCER;SINGLE CHARACTER INTRODUCER;
CONTROL SEQUENCE INTRODUCER;STRING TERMINATOR;OPERATING SYSTEM COMMAND;PRIVACY MESSAGE;APPLICATION PROGRAM COMMAND;
BYTE ORDER MARK;ZWNBSP;BOM;
NUL;SOH;STX;ETX;EOT;ENQ;ACK;BEL;BS;HT;TAB;LF;NL;EOL;VT;FF;CR;SO;SI;DLE;DC1;DC2;DC3;DC4;NAK;SYN;ETB;CAN;EOM;SUB;ESC;
IS4;FS;IS3;GS;IS2;RS;IS1;US;SP;DEL;PAD;HOP;BPH;NBH;IND;NEL;SSA;ESA;HTS;HTJ;VTS;PLD;PLU;RI;SS2;SS3;DCS;PU1;PU2;
STS;CCH;MW;SPA;EPA;SOS;SGC;SGCI;SCI;CSI;ST;OSC;PM;APC;NBSP;SHY;CGJ;ALM;MVS;FVS1;FVS2;FVS3;FVS4;ZWSP;ZWNJ;ZWJ;
LRM;RLM;LRE;RLE;PDF;LRO;RLO;NNBSP;MMSP;WJ;LRI;RLI;FSI;PDI;
""" + ';'.join('VS%d' % i for i in range(1, 257))


def aliases():
    out = []
    for name in sorted({n.strip() for n in ALIAS_CANDIDATES.replace('\n', '').split(';') if n.strip()}):
        try:
            ch = eval('"\\N{%s}"' % name)
        except SyntaxError:
            continue
        if unicodedata.name(ch, None) != name:
            out.append('A %x %s' % (ord(ch), name))
    return out


def names():
    lines, prev = [], 0
    runs = {}
    for c in range(MAX):
        if 0xD800 <= c <= 0xDFFF:
            continue
        n = unicodedata.name(chr(c), None)
        if n is None:
            continue
        prefix = next((p for p in ALGORITHMIC if n.startswith(p)), None)
        if prefix == 'HANGUL SYLLABLE ':
            continue  # composed from jamo names by the reader
        if prefix is not None:
            assert n == prefix + '%04X' % c, n
            r = runs.get(prefix)
            if r and r[-1][1] == c - 1:
                r[-1][1] = c
            else:
                runs.setdefault(prefix, []).append([c, c])
            continue
        lines.append('%x;%s' % (c - prev, n))
        prev = c
    for prefix, rs in runs.items():
        for a, b in rs:
            lines.append('R %x %x %s' % (a, b, prefix))
    return lines + aliases()


def write(name, lines):
    data = ('\n'.join(lines) + '\n').encode('ascii')
    with open(name, 'wb') as f:
        f.write(gzip.compress(data, 9, mtime=0))


if __name__ == '__main__':
    assert unicodedata.unidata_version.startswith('15.'), unicodedata.unidata_version
    write('identifiers.txt.gz', identifiers())
    write('names.txt.gz', names())
