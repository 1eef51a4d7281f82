"""Shell-style wildcard matching of file names: * ? [seq] [!seq]."""

import os
import posixpath
import re
import functools

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Whether name matches pat, after normalizing case as the platform does (not on POSIX)."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


@functools.lru_cache(maxsize=256, typed=True)
def _compile_pattern(pat):
    if isinstance(pat, bytes):
        res = translate(str(pat, "ISO-8859-1"))
        return re.compile(res.encode("ISO-8859-1")).match
    return re.compile(translate(pat)).match


def filter(names, pat):
    """The names of the list that match pat."""
    pat = os.path.normcase(pat)
    match = _compile_pattern(pat)
    if os.path is posixpath:
        return [name for name in names if match(name)]
    return [name for name in names if match(os.path.normcase(name))]


def fnmatchcase(name, pat):
    """Whether name matches pat, case-sensitively."""
    return _compile_pattern(pat)(name) is not None


def translate(pat):
    """A regular expression (as a string) matching what the shell pattern matches."""
    parts = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not parts or parts[-1] != ".*":
                parts.append(".*")
        elif c == "?":
            parts.append(".")
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            while j < n and pat[j] != "]":
                j += 1
            if j >= n:
                parts.append("\\[")
                continue
            stuff = pat[i:j]
            i = j + 1
            if not stuff:
                parts.append("(?!)")
                continue
            if stuff == "!":
                parts.append(".")
                continue
            negate = stuff[0] == "!"
            if negate:
                stuff = stuff[1:]
            stuff = stuff.replace("\\", "\\\\")
            stuff = re.sub(r"([&~|])", r"\\\1", stuff)
            if stuff[:1] == "^" and not negate:
                stuff = "\\" + stuff
            parts.append(f"[{'^' if negate else ''}{stuff}]")
        else:
            parts.append(re.escape(c))
    return "(?s:" + "".join(parts) + ")\\Z"
