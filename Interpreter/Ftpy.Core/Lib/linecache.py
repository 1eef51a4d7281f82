"""Cache of source file lines, used by traceback and warnings to show the line of a frame."""

import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache", "getlines", "updatecache"]

# filename -> (size, mtime, lines, fullname); mtime None marks an entry that never goes stale.
cache = {}


def clearcache():
    """Forget every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line number lineno (1-based) of filename, with its newline; '' when unavailable."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """All lines of filename, reading and caching it on first use."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drop cache entries whose file changed on disk (all entries when filename is None)."""
    if filename is None:
        names = list(cache)
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            continue
        size, mtime, _lines, fullname = entry
        if mtime is None:
            continue
        stat = _stat(fullname)
        if stat is None or stat != (size, mtime):
            cache.pop(name, None)


def _stat(path):
    try:
        import os
    except ImportError:
        return None
    try:
        st = os.stat(path)
    except (OSError, ValueError, AttributeError):
        return None
    return st.st_size, st.st_mtime


def _read(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read()
    except (OSError, UnicodeError, ValueError, TypeError):
        return None


def updatecache(filename, module_globals=None):
    """Read filename into the cache and return its lines ([] when it cannot be read)."""
    entry = cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    if entry is not None and len(entry) == 1:
        lines = _lazy_lines(entry[0])
        if lines is not None:
            cache[filename] = (len("".join(lines)), None, lines, filename)
            return lines
    text = _read(filename)
    fullname = filename
    if text is None:
        # A relative name may live on sys.path (as CPython's linecache also tries).
        if filename.startswith("/"):
            return []
        for directory in sys.path:
            if not isinstance(directory, str):
                continue
            candidate = (directory.rstrip("/") + "/" + filename) if directory else filename
            text = _read(candidate)
            if text is not None:
                fullname = candidate
                break
        else:
            return []
    lines = text.splitlines(True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    stat = _stat(fullname)
    size, mtime = stat if stat is not None else (len(text), None)
    cache[filename] = (size, mtime, lines, fullname)
    return lines


def _lazy_lines(getter):
    try:
        data = getter()
    except (ImportError, OSError):
        return None
    if data is None:
        return None
    lines = data.splitlines(True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    return lines


def lazycache(filename, module_globals):
    """Remember a loader's get_source for filename so its lines can be read later; True if stored."""
    if filename in cache:
        return len(cache[filename]) == 1
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if not module_globals or '__name__' not in module_globals:
        return False
    loader = module_globals.get('__loader__')
    spec = module_globals.get('__spec__')
    if spec is not None and getattr(spec, 'loader', None) is not None:
        loader = spec.loader
    get_source = getattr(loader, 'get_source', None)
    if get_source is None:
        return False
    name = module_globals['__name__']
    cache[filename] = (lambda: get_source(name),)
    return True
