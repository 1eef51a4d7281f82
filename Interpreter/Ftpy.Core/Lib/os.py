"""Operating-system interfaces: the posix module's calls plus os.path, environ and the
helpers CPython's os module adds in Python (makedirs, walk, scandir, fspath, ...)."""

import abc
import sys
import stat as _stat
import posix
from posix import (stat as _posix_stat, lstat as _posix_lstat, getcwd, getcwdb, chdir, listdir,
                   mkdir, rmdir, unlink, remove, rename, replace, chmod, access, symlink, readlink,
                   utime, getpid, getppid, getuid, umask, urandom, strerror, putenv, unsetenv)
from posix import (open, close, read, write, lseek, isatty, ftruncate, fstat as _posix_fstat)
import posixpath as path

sys.modules["os.path"] = path

name = "posix"
linesep = "\n"
from posixpath import curdir, pardir, sep, pathsep, defpath, extsep, altsep, devnull

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1
O_RDONLY = 0
O_WRONLY = 1
O_RDWR = 2
O_CREAT = 0o100
O_EXCL = 0o200
O_TRUNC = 0o1000
O_APPEND = 0o2000
EX_OK = 0

error = OSError
supports_follow_symlinks = set()
supports_dir_fd = set()
supports_fd = set()
supports_effective_ids = set()

__all__ = ["altsep", "curdir", "pardir", "sep", "pathsep", "linesep", "defpath", "name", "path",
           "devnull", "SEEK_SET", "SEEK_CUR", "SEEK_END", "fsencode", "fsdecode",
           "get_exec_path", "fdopen", "extsep", "makedirs", "removedirs", "renames", "walk",
           "getenv", "putenv", "unsetenv", "environ", "PathLike", "fspath", "scandir",
           "DirEntry", "stat_result", "cpu_count", "process_cpu_count", "getcwd", "getcwdb",
           "chdir", "listdir", "mkdir", "rmdir", "unlink", "remove", "rename", "replace", "stat",
           "lstat", "chmod", "access", "symlink", "readlink", "utime", "getpid", "getppid",
           "getuid", "umask", "urandom", "strerror", "error", "open", "close", "read", "write",
           "lseek", "fstat", "isatty", "ftruncate", "system", "popen"]


class stat_result(tuple):
    """The result of os.stat(): a 10-tuple with named fields and the extra st_* attributes."""

    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3
    _fields = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size")

    def __new__(cls, values):
        values = tuple(values)
        if len(values) < 10:
            raise TypeError(f"os.stat_result() takes an at least 10-sequence ({len(values)}-sequence given)")
        self = tuple.__new__(cls, values[:10])
        self._extra = values[10:]
        return self

    @classmethod
    def _from_posix(cls, raw):
        mode, ino, dev, nlink, uid, gid, size, atime_ns, mtime_ns, ctime_ns, blksize, blocks = raw
        self = tuple.__new__(cls, (mode, ino, dev, nlink, uid, gid, size,
                                   atime_ns // 1000000000, mtime_ns // 1000000000, ctime_ns // 1000000000))
        self._extra = ()
        self.st_atime_ns = atime_ns
        self.st_mtime_ns = mtime_ns
        self.st_ctime_ns = ctime_ns
        self.st_atime = _seconds(atime_ns)
        self.st_mtime = _seconds(mtime_ns)
        self.st_ctime = _seconds(ctime_ns)
        self.st_blksize = blksize
        self.st_blocks = blocks
        self.st_rdev = 0
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])

    def __getattr__(self, name):
        if name in ("st_atime", "st_mtime", "st_ctime"):
            return self[{"st_atime": 7, "st_mtime": 8, "st_ctime": 9}[name]]
        raise AttributeError(f"'os.stat_result' object has no attribute '{name}'")

    def __repr__(self):
        names = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
                 "st_atime", "st_mtime", "st_ctime")
        return "os.stat_result(" + ", ".join(f"{n}={v!r}" for n, v in zip(names, self)) + ")"

    def __reduce__(self):
        return (stat_result, (tuple(self),))


stat_result.__module__ = "os"


def _seconds(ns):
    sec, nsec = divmod(ns, 1000000000)
    return sec + nsec * 1e-9


def stat(path, *, dir_fd=None, follow_symlinks=True):
    """Performs a stat system call on the given path."""
    return stat_result._from_posix(_posix_stat(path, follow_symlinks=follow_symlinks))


def lstat(path, *, dir_fd=None):
    """Like stat(), but does not follow a final symbolic link."""
    return stat_result._from_posix(_posix_lstat(path))


def fstat(fd):
    """Performs a stat system call on the open file descriptor fd."""
    return stat_result._from_posix(_posix_fstat(fd))


O_CLOEXEC = 0o2000000


def cpu_count():
    """The number of logical CPUs in the system."""
    return posix.cpu_count()


def process_cpu_count():
    return cpu_count()


def _fscodec():
    encoding = "utf-8"
    errors = "surrogateescape"

    def fsencode(filename):
        """Encodes a path to the file-system encoding with 'surrogateescape'; bytes pass unchanged."""
        filename = fspath(filename)
        if isinstance(filename, str):
            return filename.encode(encoding, errors)
        return filename

    def fsdecode(filename):
        """Decodes a path from the file-system encoding with 'surrogateescape'; str passes unchanged."""
        filename = fspath(filename)
        if isinstance(filename, bytes):
            return filename.decode(encoding, errors)
        return filename

    return fsencode, fsdecode


fsencode, fsdecode = _fscodec()
del _fscodec


def fspath(path):
    """The file-system representation of path: str and bytes as they are, else path.__fspath__()."""
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, "__fspath__"):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, not " + path_type.__name__)
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError(f"expected {path_type.__name__}.__fspath__() to return str or bytes, "
                    f"not {type(path_repr).__name__}")


class PathLike(abc.ABC):
    """Abstract base class for objects with a file-system path (__fspath__)."""

    @abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            for klass in subclass.__mro__:
                if "__fspath__" in klass.__dict__:
                    return klass.__dict__["__fspath__"] is not None
        return NotImplemented

    __class_getitem__ = classmethod(lambda cls, item: cls)


# environment

def _check_str(value):
    if not isinstance(value, str):
        raise TypeError(f"str expected, not {type(value).__name__}")
    return value


from _collections_abc import MutableMapping, Mapping


class _Environ(MutableMapping):
    """os.environ: a mapping of the process environment; changes go to the real environment."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[_check_str(key)]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        _check_str(key)
        _check_str(value)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        _check_str(key)
        if key not in self._data:
            raise KeyError(key)
        unsetenv(key)
        del self._data[key]

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return isinstance(key, str) and key in self._data

    def __repr__(self):
        items = ", ".join(f"{k!r}: {v!r}" for k, v in self._data.items())
        return f"environ({{{items}}})"

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new


environ = _Environ(dict(posix.environ))


def getenv(key, default=None):
    """The environment variable key, or default when it is not set."""
    return environ.get(key, default)


supports_bytes_environ = False


def get_exec_path(env=None):
    if env is None:
        env = environ
    path_list = env.get("PATH", defpath)
    return path_list.split(pathsep)


# directories

def makedirs(name, mode=0o777, exist_ok=False):
    """Creates a directory and any missing parents; FileExistsError if it exists unless exist_ok."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, "ASCII")
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Removes a directory, then each parent that became empty."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


class DirEntry:
    """An entry of scandir(): its name and path, with cached stat information."""

    __slots__ = ("name", "path", "_stat", "_lstat")

    def __init__(self, directory, name):
        self.name = name
        if directory is None:
            self.path = name
        else:
            self.path = path.join(directory, name)
        self._stat = None
        self._lstat = None

    def __new__(cls, *args, **kwargs):
        if args and isinstance(args[0], _ScandirToken):
            return object.__new__(cls)
        raise TypeError("cannot create 'posix.DirEntry' instances")

    def _get_lstat(self):
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            return self._get_lstat()
        if self._stat is None:
            if self.is_symlink():
                self._stat = stat(self.path)
            else:
                self._stat = self._get_lstat()
        return self._stat

    def _mode(self, follow_symlinks):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except FileNotFoundError:
            return 0

    def is_dir(self, *, follow_symlinks=True):
        return _stat.S_ISDIR(self._mode(follow_symlinks))

    def is_file(self, *, follow_symlinks=True):
        return _stat.S_ISREG(self._mode(follow_symlinks))

    def is_symlink(self):
        try:
            return _stat.S_ISLNK(self._get_lstat().st_mode)
        except FileNotFoundError:
            return False

    def is_junction(self):
        return False

    def inode(self):
        return self._get_lstat().st_ino

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f"<DirEntry {self.name!r}>"

    __class_getitem__ = classmethod(lambda cls, item: cls)


DirEntry.__module__ = "posix"


class _ScandirToken:
    pass


_TOKEN = _ScandirToken()


class _ScandirIterator:
    def __init__(self, top):
        if top is None:
            top = "."
            directory = None
        else:
            directory = fspath(top)
        self._names = iter(listdir(top))
        self._dir = directory
        self._closed = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._closed:
            raise StopIteration
        for name in self._names:
            entry = DirEntry.__new__(DirEntry, _TOKEN)
            DirEntry.__init__(entry, self._dir, name)
            return entry
        self._closed = True
        raise StopIteration

    def close(self):
        self._closed = True

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def scandir(path=None):
    """An iterator of DirEntry objects for the entries of path (default '.')."""
    if path is not None and not isinstance(path, (str, bytes)):
        path = fspath(path)
    return _ScandirIterator(path)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Generates (dirpath, dirnames, filenames) for each directory of the tree rooted at top."""
    sys.audit("os.walk", top, topdown, onerror, followlinks) if hasattr(sys, "audit") else None
    stack = [fspath(top)]
    islink, join = path.islink, path.join
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            yield top
            continue
        dirs = []
        nondirs = []
        walk_dirs = []
        try:
            scandir_it = scandir(top)
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        cont = False
        with scandir_it:
            while True:
                try:
                    try:
                        entry = next(scandir_it)
                    except StopIteration:
                        break
                except OSError as error:
                    if onerror is not None:
                        onerror(error)
                    cont = True
                    break
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                if is_dir:
                    dirs.append(entry.name)
                else:
                    nondirs.append(entry.name)
                if not topdown and is_dir:
                    if followlinks:
                        walk_into = True
                    else:
                        try:
                            is_symlink = entry.is_symlink()
                        except OSError:
                            is_symlink = False
                        walk_into = not is_symlink
                    if walk_into:
                        walk_dirs.append(entry.path)
        if cont:
            continue
        if topdown:
            yield top, dirs, nondirs
            for dirname in reversed(dirs):
                new_path = join(top, dirname)
                if followlinks or not islink(new_path):
                    stack.append(new_path)
        else:
            stack.append((top, dirs, nondirs))
            for new_path in reversed(walk_dirs):
                stack.append(new_path)


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError(f"invalid fd type ({type(fd)}, expected integer)")
    import io
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


def get_terminal_size(fd=1):
    columns = int(environ.get("COLUMNS", 80) or 80)
    lines = int(environ.get("LINES", 24) or 24)
    return terminal_size((columns, lines))


class terminal_size(tuple):
    def __new__(cls, values):
        return tuple.__new__(cls, values)

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return f"os.terminal_size(columns={self[0]}, lines={self[1]})"


def system(command):
    """Runs command in a subshell; returns its wait status (exit code << 8)."""
    import _ftpy_subprocess
    returncode = _ftpy_subprocess.run(["/bin/sh", "-c", fsdecode(command)], None, None, None, 0, 0, None)[0]
    if returncode < 0:
        return -returncode
    return (returncode & 0xFF) << 8


def waitstatus_to_exitcode(status):
    if not isinstance(status, int):
        raise TypeError(f"'{type(status).__name__}' object cannot be interpreted as an integer")
    if status & 0x7F == 0:
        return (status >> 8) & 0xFF
    if 0 < status & 0x7F < 0x7F:
        return -(status & 0x7F)
    raise ValueError(f"invalid wait status: {status}")


class _wrap_close:
    """The file os.popen() returns: close() gives the command's wait status, or None for success."""

    def __init__(self, stream, status):
        self._stream = stream
        self._status = status

    def close(self):
        self._stream.close()
        return self._status or None

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __iter__(self):
        return iter(self._stream)


def popen(cmd, mode="r", buffering=-1):
    """Runs cmd in a subshell and returns its output as a readable text file (mode 'r' only)."""
    if not isinstance(cmd, str):
        raise TypeError(f"invalid cmd type ({type(cmd)}, expected string)")
    if mode not in ("r",):
        raise ValueError(f"invalid mode {mode!r}")
    import io
    import _ftpy_subprocess
    returncode, out, _ = _ftpy_subprocess.run(["/bin/sh", "-c", cmd], None, None, None, -1, 0, None)
    status = -returncode if returncode < 0 else (returncode & 0xFF) << 8
    return _wrap_close(io.StringIO(out.decode("utf-8", "surrogateescape")), status)
