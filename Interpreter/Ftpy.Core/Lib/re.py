r"""Support for regular expressions (RE).

This module provides regular expression matching operations with the
syntax and semantics of CPython's re module.  Patterns are parsed here
with Python's grammar and run by the interpreter's regex engine (the
_ftpy_re module).

The special characters are:
    "."      Matches any character except a newline.
    "^"      Matches the start of the string.
    "$"      Matches the end of the string or just before the newline at
             the end of the string.
    "*"      Matches 0 or more (greedy) repetitions of the preceding RE.
    "+"      Matches 1 or more (greedy) repetitions of the preceding RE.
    "?"      Matches 0 or 1 (greedy) of the preceding RE.
    *?,+?,?? Non-greedy versions of the previous three special characters.
    *+,++,?+ Possessive versions of the previous three special characters.
    {m,n}    Matches from m to n repetitions of the preceding RE.
    {m,n}?   Non-greedy version of the above.
    {m,n}+   Possessive version of the above.
    "\\"     Either escapes special characters or signals a special sequence.
    []       Indicates a set of characters.
    "|"      A|B, creates an RE that will match either A or B.
    (...)    Matches the RE inside the parentheses.
    (?aiLmsux) The letters set the corresponding flags.
    (?:...)  Non-grouping version of regular parentheses.
    (?>...)  Atomic group.
    (?P<name>...) The substring matched by the group is accessible by name.
    (?P=name)     Matches the text matched earlier by the group named name.
    (?#...)  A comment; ignored.
    (?=...)  Matches if ... matches next, but doesn't consume the string.
    (?!...)  Matches if ... doesn't match next.
    (?<=...) Matches if preceded by ... (must be fixed length).
    (?<!...) Matches if not preceded by ... (must be fixed length).
    (?(id/name)yes|no) Matches yes pattern if the group with id/name matched,
                       the (optional) no pattern otherwise.
"""

import _ftpy_re

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag", "PatternError"
]

__version__ = "2.2.1"


class PatternError(Exception):
    """Exception raised for invalid regular expressions.

    Attributes:

        msg: The unformatted error message
        pattern: The regular expression pattern
        pos: The index in the pattern where compilation failed (may be None)
        lineno: The line corresponding to pos (may be None)
        colno: The column corresponding to pos (may be None)
    """

    __module__ = 're'

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            newline = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error = PatternError
_ftpy_re.set_error(PatternError)


# Flag names in definition order (the order their composite repr lists them).
_FLAG_NAMES = (
    ('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32),
    ('MULTILINE', 8), ('DOTALL', 16), ('VERBOSE', 64), ('DEBUG', 128),
)
_ALL_FLAG_BITS = 511


class _FlagType(type):
    # The class-level behaviour of an enum: iteration, len(), lookup by name.
    def __iter__(cls):
        return iter([cls.__members__[name] for name, _ in _FLAG_NAMES])

    def __len__(cls):
        return len(_FLAG_NAMES)

    def __contains__(cls, value):
        return isinstance(value, cls)

    def __getitem__(cls, name):
        return cls.__members__[name]


class RegexFlag(int, metaclass=_FlagType):
    """The re flags: an int subclass whose repr names the flags (re.IGNORECASE|re.MULTILINE)."""

    __module__ = 're'

    def __new__(cls, value=0):
        value = int(value)
        member = _flag_members.get(value) if cls is RegexFlag else None
        if member is not None:
            return member
        return int.__new__(cls, value)

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        value = int(self)
        for name, bit in _FLAG_NAMES:
            if bit == value:
                return name
        if value == 0:
            return 'NOFLAG'
        names = [name for name, bit in _FLAG_NAMES if value & bit]
        return '|'.join(names) if names else None

    def __repr__(self):
        value = int(self)
        if value == 0:
            return 're.NOFLAG'
        bits = value & _ALL_FLAG_BITS if value < 0 else value
        parts = ['re.' + name for name, bit in _FLAG_NAMES if bits & bit]
        rest = bits & ~sum(bit for _, bit in _FLAG_NAMES)
        if not parts:
            return 're.RegexFlag(%d)' % value
        if rest:
            parts.append(hex(rest))
        return '|'.join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        if spec:
            return int.__format__(int(self), spec)
        return repr(self)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self))

    def __reduce__(self):
        return RegexFlag, (int(self),)


_flag_members = {}
for _name, _bit in (('NOFLAG', 0),) + _FLAG_NAMES:
    _member = int.__new__(RegexFlag, _bit)
    _flag_members[_bit] = _member
    setattr(RegexFlag, _name, _member)
RegexFlag.__members__ = {
    'NOFLAG': RegexFlag.NOFLAG, 'ASCII': RegexFlag.ASCII, 'A': RegexFlag.ASCII,
    'IGNORECASE': RegexFlag.IGNORECASE, 'I': RegexFlag.IGNORECASE,
    'LOCALE': RegexFlag.LOCALE, 'L': RegexFlag.LOCALE,
    'UNICODE': RegexFlag.UNICODE, 'U': RegexFlag.UNICODE,
    'MULTILINE': RegexFlag.MULTILINE, 'M': RegexFlag.MULTILINE,
    'DOTALL': RegexFlag.DOTALL, 'S': RegexFlag.DOTALL,
    'VERBOSE': RegexFlag.VERBOSE, 'X': RegexFlag.VERBOSE,
    'DEBUG': RegexFlag.DEBUG,
}
del _name, _bit, _member

NOFLAG = RegexFlag.NOFLAG
A = ASCII = RegexFlag.ASCII
I = IGNORECASE = RegexFlag.IGNORECASE
L = LOCALE = RegexFlag.LOCALE
U = UNICODE = RegexFlag.UNICODE
M = MULTILINE = RegexFlag.MULTILINE
S = DOTALL = RegexFlag.DOTALL
X = VERBOSE = RegexFlag.VERBOSE
DEBUG = RegexFlag.DEBUG

Pattern = _ftpy_re.Pattern
Match = _ftpy_re.Match


# --------------------------------------------------------------------
# public interface

def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


class _ZeroSentinel(int):
    pass


_zero_sentinel = _ZeroSentinel()


def _positional(func, name, args, value, flags, max_args):
    # The deprecated positional form of count/maxsplit (and flags after it).
    if value is not _zero_sentinel:
        raise TypeError("%s() got multiple values for argument '%s'" % (func, name))
    value, *args = args
    if args:
        if flags is not _zero_sentinel:
            raise TypeError("%s() got multiple values for argument 'flags'" % func)
        flags, *args = args
        if args:
            raise TypeError("%s() takes from %d to %d positional arguments "
                            "but %d were given" % (func, max_args - 2, max_args, max_args + len(args)))
    import warnings
    warnings.warn("'%s' is passed as positional argument" % name,
                  DeprecationWarning, stacklevel=3)
    return value, flags


def sub(pattern, repl, string, *args, count=_zero_sentinel, flags=_zero_sentinel):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl.  repl can be either a string or a callable;
    if a string, backslash escapes in it are processed.  If it is
    a callable, it's passed the Match object and must return
    a replacement string to be used."""
    if args:
        count, flags = _positional('sub', 'count', args, count, flags, 5)
    return _compile(pattern, flags).sub(repl, string, count)


sub.__text_signature__ = '(pattern, repl, string, count=0, flags=0)'


def subn(pattern, repl, string, *args, count=_zero_sentinel, flags=_zero_sentinel):
    """Return a 2-tuple containing (new_string, number).
    new_string is the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in the source
    string by the replacement repl.  number is the number of
    substitutions that were made."""
    if args:
        count, flags = _positional('subn', 'count', args, count, flags, 5)
    return _compile(pattern, flags).subn(repl, string, count)


subn.__text_signature__ = '(pattern, repl, string, count=0, flags=0)'


def split(pattern, string, *args, maxsplit=_zero_sentinel, flags=_zero_sentinel):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings.  If
    capturing parentheses are used in pattern, then the text of all
    groups in the pattern are also returned as part of the resulting
    list.  If maxsplit is nonzero, at most maxsplit splits occur,
    and the remainder of the string is returned as the final element
    of the list."""
    if args:
        maxsplit, flags = _positional('split', 'maxsplit', args, maxsplit, flags, 4)
    return _compile(pattern, flags).split(string, maxsplit)


split.__text_signature__ = '(pattern, string, maxsplit=0, flags=0)'


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string.

    If one or more capturing groups are present in the pattern, return
    a list of groups; this will be a list of tuples if the pattern
    has more than one group.

    Empty matches are included in the result."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object.

    Empty matches are included in the result."""
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def purge():
    "Clear the regular expression caches"
    _cache.clear()


escape = _ftpy_re.escape


# --------------------------------------------------------------------
# internals

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    # internal: compile pattern, through a cache of recent patterns
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    except TypeError:
        key = None
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError(
                "cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    p = _ftpy_re.compile(pattern, flags)
    if key is not None and not flags & DEBUG:
        if len(_cache) >= _MAXCACHE:
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[key] = p
    return p


def _pickle(p):
    return _compile, (p.pattern, p.flags)


# --------------------------------------------------------------------
# experimental stuff

class Scanner:
    def __init__(self, lexicon, flags=0):
        if isinstance(flags, RegexFlag):
            flags = flags.value
        self.lexicon = lexicon
        self._phrases = [(_compile(phrase, flags), action) for phrase, action in lexicon]

    def scan(self, string):
        result = []
        append = result.append
        i = 0
        n = len(string)
        while True:
            # The first phrase that matches here wins, as in an alternation.
            for pattern, action in self._phrases:
                m = pattern.match(string, i)
                if m is not None:
                    break
            else:
                break
            j = m.end()
            if i == j:
                break
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                append(action)
            i = j
        return result, string[i:]
