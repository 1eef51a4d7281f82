"""Path-name pattern expansion (glob): * ? [seq] and, with recursive=True, **."""

import os
import fnmatch
import re

__all__ = ["glob", "iglob", "escape"]

_MAGIC = re.compile("([*?[])")
_MAGIC_BYTES = re.compile(b"([*?[])")


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The sorted-as-found list of paths matching pathname."""
    return list(iglob(pathname, root_dir=root_dir, recursive=recursive, include_hidden=include_hidden))


def has_magic(s):
    if isinstance(s, bytes):
        return _MAGIC_BYTES.search(s) is not None
    return _MAGIC.search(s) is not None


def _join(root_dir, path):
    return os.path.join(root_dir, path) if root_dir is not None else path


def _exists(root_dir, path):
    return os.path.lexists(_join(root_dir, path)) if path else False


def _listdir(root_dir, dirname, dirs_only):
    base = _join(root_dir, dirname) if dirname else (root_dir if root_dir is not None else os.curdir)
    if isinstance(dirname, bytes) and isinstance(base, str):
        base = os.fsencode(base)
    try:
        with os.scandir(base) as it:
            names = []
            for entry in it:
                try:
                    if not dirs_only or entry.is_dir():
                        names.append(entry.name)
                except OSError:
                    pass
            return names
    except OSError:
        return []


def _hidden(name):
    return name[0] in (".", b"."[0])


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """An iterator of the paths matching pathname."""
    pathname = os.fspath(pathname)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    yield from _iglob(pathname, root_dir, recursive, False, include_hidden)


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _exists(root_dir, pathname):
                yield pathname
        elif os.path.isdir(_join(root_dir, dirname)):
            yield pathname
        return
    if not dirname:
        if recursive and _isrecursive(basename):
            yield from _glob2(root_dir, dirname, basename, dironly, include_hidden)
        else:
            yield from _glob1(root_dir, dirname, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        glob_in_dir = _glob2 if recursive and _isrecursive(basename) else _glob1
    else:
        glob_in_dir = _glob0
    for dirname in dirs:
        for name in glob_in_dir(root_dir, dirname, basename, dironly, include_hidden):
            yield os.path.join(dirname, name)


def _glob1(root_dir, dirname, pattern, dironly, include_hidden):
    names = _listdir(root_dir, dirname, dironly)
    if not (include_hidden or _hidden(pattern)):
        names = [x for x in names if not _hidden(x)]
    return fnmatch.filter(names, pattern)


def _glob0(root_dir, dirname, basename, dironly, include_hidden):
    if basename:
        if _exists(root_dir, os.path.join(dirname, basename)):
            return [basename]
    elif os.path.isdir(_join(root_dir, dirname)):
        return [basename]
    return []


def _glob2(root_dir, dirname, pattern, dironly, include_hidden):
    yield pattern[:0]
    yield from _rlistdir(root_dir, dirname, dironly, include_hidden)


def _rlistdir(root_dir, dirname, dironly, include_hidden):
    names = _listdir(root_dir, dirname, dironly)
    for x in names:
        if include_hidden or not _hidden(x):
            yield x
            path = os.path.join(dirname, x) if dirname else x
            for y in _rlistdir(root_dir, path, dironly, include_hidden):
                yield os.path.join(x, y)


def _isrecursive(pattern):
    return pattern == (b"**" if isinstance(pattern, bytes) else "**")


def escape(pathname):
    """Escapes the magic characters of pathname (not in the drive part)."""
    drive, pathname = os.path.splitdrive(pathname)
    if isinstance(pathname, bytes):
        pathname = _MAGIC_BYTES.sub(rb"[\1]", pathname)
    else:
        pathname = _MAGIC.sub(r"[\1]", pathname)
    return drive + pathname
