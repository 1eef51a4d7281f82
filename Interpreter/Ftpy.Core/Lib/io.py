"""The io module: streams of bytes and text.

The class hierarchy (IOBase, RawIOBase, BufferedIOBase, TextIOBase), the in-memory streams
StringIO and BytesIO, and the buffered and text wrappers over any raw or buffered stream
are written here in Python. The file objects that open() returns are C# types from _io;
they are registered as virtual subclasses of the classes they stand for, so isinstance()
answers as in CPython.
"""

import abc
import _io
from builtins import open
from operator import index as _operator_index
from _io import UnsupportedOperation, DEFAULT_BUFFER_SIZE

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase", "FileIO", "BytesIO",
           "StringIO", "BufferedIOBase", "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper", "UnsupportedOperation",
           "SEEK_SET", "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE", "text_encoding",
           "IncrementalNewlineDecoder"]

UnsupportedOperation.__module__ = "io"

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

BlockingIOError = BlockingIOError

_CLOSED = "I/O operation on closed file."


def open_code(path):
    if not isinstance(path, str):
        raise TypeError(f"open_code() argument 'path' must be str, not {type(path).__name__}")
    return open(path, "rb")


def text_encoding(encoding, stacklevel=2):
    if encoding is None:
        return "utf-8"
    return encoding


def _index(value, what="integer"):
    if value is None:
        return -1
    try:
        return value.__index__()
    except AttributeError:
        raise TypeError(f"argument should be integer or None, not '{type(value).__name__}'") from None


class IOBase(metaclass=abc.ABCMeta):
    """The abstract base class of all streams."""

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def seek(self, pos, whence=0):
        self._unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def flush(self):
        self._checkClosed()

    def close(self):
        if not getattr(self, "_IOBase__closed", False):
            try:
                self.flush()
            finally:
                self._IOBase__closed = True

    def __del__(self):
        try:
            closed = self.closed
        except Exception:
            return
        if not closed:
            try:
                self.close()
            except Exception:
                pass

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError(_CLOSED if msg is None else msg)

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation("File or stream is not seekable." if msg is None else msg)

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation("File or stream is not readable." if msg is None else msg)

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation("File or stream is not writable." if msg is None else msg)

    @property
    def closed(self):
        return getattr(self, "_IOBase__closed", False)

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def fileno(self):
        self._unsupported("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def readline(self, size=-1):
        size = _index(size)
        peek = getattr(self, "peek", None)
        res = bytearray()
        while size < 0 or len(res) < size:
            n = 1
            if peek is not None:
                ahead = peek(1)
                if ahead:
                    end = ahead.find(b"\n") + 1
                    n = end if end > 0 else len(ahead)
                    if size >= 0:
                        n = min(n, size - len(res))
            chunk = self.read(n)
            if not chunk:
                break
            res += chunk
            if res.endswith(b"\n"):
                break
        return bytes(res)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        hint = _index(hint)
        if hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    """Base class for raw binary I/O."""

    def read(self, size=-1):
        size = _index(size)
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        del b[n:]
        return bytes(b)

    def readall(self):
        res = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if data is None:
                if not res:
                    return None
                break
            if not data:
                break
            res += data
        return bytes(res)

    def readinto(self, b):
        self._unsupported("readinto")

    def write(self, b):
        self._unsupported("write")


class BufferedIOBase(IOBase):
    """Base class for buffered binary I/O."""

    def read(self, size=-1):
        self._unsupported("read")

    def read1(self, size=-1):
        self._unsupported("read1")

    def readinto(self, b):
        return self._readinto(b, self.read)

    def readinto1(self, b):
        return self._readinto(b, self.read1)

    def _readinto(self, b, reader):
        view = memoryview(b).cast("B")
        data = reader(len(view))
        n = len(data)
        view[:n] = data
        return n

    def write(self, b):
        self._unsupported("write")

    def detach(self):
        self._unsupported("detach")


class TextIOBase(IOBase):
    """Base class for text I/O."""

    def read(self, size=-1):
        self._unsupported("read")

    def write(self, s):
        self._unsupported("write")

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def readline(self):
        self._unsupported("readline")

    def detach(self):
        self._unsupported("detach")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


RawIOBase.register(_io.FileIO)
BufferedIOBase.register(_io.BufferedReader)
BufferedIOBase.register(_io.BufferedWriter)
BufferedIOBase.register(_io.BufferedRandom)
TextIOBase.register(_io.TextIOWrapper)
TextIOBase.register(_io.StdStream)


def _bytes_of(b):
    if isinstance(b, str):
        raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")
    if isinstance(b, bytes):
        return b
    try:
        return bytes(memoryview(b))
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'") from None


class BytesIO(BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    __module__ = "_io"

    def __init__(self, initial_bytes=None):
        buf = bytearray()
        if initial_bytes is not None:
            buf += _bytes_of(initial_bytes)
        self._buffer = buf
        self._pos = 0
        self._exported = False

    def __getstate__(self):
        self._check()
        return (self.getvalue(), self._pos, getattr(self, "__dict__", None))

    def _check(self):
        if self._buffer is None:
            raise ValueError(_CLOSED)

    def _check_resizable(self):
        # getbuffer() hands out a view of the buffer; while one is alive the buffer is fixed.
        if self._exported:
            try:
                self._buffer.append(0)
            except BufferError:
                raise BufferError("Existing exports of data: object cannot be re-sized") from None
            del self._buffer[-1]
            self._exported = False

    @property
    def closed(self):
        return self._buffer is None

    def close(self):
        if self._buffer is not None:
            self._check_resizable()
            self._buffer = None

    def getvalue(self):
        self._check()
        return bytes(self._buffer)

    def getbuffer(self):
        self._check()
        self._exported = True
        return memoryview(self._buffer)

    def read(self, size=-1):
        self._check()
        size = _index(size)
        end = len(self._buffer) if size < 0 else self._pos + size
        data = bytes(self._buffer[self._pos:end])
        self._pos = max(self._pos, min(end, len(self._buffer)))
        return data

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._check()
        size = _index(size)
        buf = self._buffer
        pos = self._pos
        end = buf.find(b"\n", pos) + 1
        if end <= 0:
            end = len(buf)
        if size >= 0:
            end = min(end, pos + size)
        data = bytes(buf[pos:end])
        self._pos = max(pos, min(end, len(buf)))
        return data

    def readlines(self, hint=None):
        self._check()
        return super().readlines(hint)

    def readinto(self, b):
        self._check()
        view = memoryview(b).cast("B")
        data = self._buffer[self._pos:self._pos + len(view)]
        n = len(data)
        view[:n] = data
        self._pos += n
        return n

    def readinto1(self, b):
        return self.readinto(b)

    def write(self, b):
        self._check()
        data = _bytes_of(b)
        n = len(data)
        self._check_resizable()
        if n == 0:
            return 0
        pos = self._pos
        buf = self._buffer
        if pos > len(buf):
            buf += bytes(pos - len(buf))
        buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def seek(self, pos, whence=0):
        self._check()
        pos = _operator_index(pos)
        if whence == 0:
            if pos < 0:
                raise ValueError(f"negative seek value {pos}")
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buffer) + pos)
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        self._pos = pos
        return pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        else:
            size = _index(size)
            if size < 0:
                raise ValueError(f"negative size value {size}")
        if size < len(self._buffer):
            self._check_resizable()
            del self._buffer[size:]
        return size

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def flush(self):
        self._check()

    def isatty(self):
        self._check()
        return False

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


_SEEN_CR, _SEEN_LF, _SEEN_CRLF = 1, 2, 4
_NEWLINES = (None, "\r", "\n", ("\r", "\n"), "\r\n", ("\r", "\r\n"), ("\n", "\r\n"), ("\r", "\n", "\r\n"))


def _seen_newlines(text):
    crlf = text.count("\r\n")
    seen = 0
    if crlf:
        seen |= _SEEN_CRLF
    if text.count("\r") > crlf:
        seen |= _SEEN_CR
    if text.count("\n") > crlf:
        seen |= _SEEN_LF
    return seen


def _check_newline(newline):
    if newline is not None and not isinstance(newline, str):
        raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
    if newline not in (None, "", "\n", "\r", "\r\n"):
        raise ValueError(f"illegal newline value: {newline!r}")


def _find_line_end(text, start, newline):
    """End index (exclusive) of the line starting at start, or -1 when no terminator is in text.
    A lone '\\r' at the very end counts as unknown (-1) in universal mode: a '\\n' may follow."""
    if newline is None or newline == "":
        lf = text.find("\n", start)
        cr = text.find("\r", start, lf if lf >= 0 else len(text))
        if cr < 0:
            return lf + 1 if lf >= 0 else -1
        if cr + 1 < len(text):
            return cr + 2 if text[cr + 1] == "\n" else cr + 1
        return -1
    i = text.find(newline, start)
    return i + len(newline) if i >= 0 else -1


class StringIO(TextIOBase):
    """Text I/O implementation using an in-memory buffer."""

    __module__ = "_io"

    def __init__(self, initial_value="", newline="\n"):
        _check_newline(newline)
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        self._newline = newline
        self._translate = newline is None
        self._writenl = newline if newline in ("\r", "\r\n") else None
        self._seen = 0
        self._value = ""
        # Writes at the end are collected here and joined on the next read (_size counts both).
        self._tail = []
        self._size = 0
        self._pos = 0
        self._closed = False
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _check(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    def _text(self):
        if self._tail:
            self._value += "".join(self._tail)
            self._tail = []
        return self._value

    def __getstate__(self):
        self._check()
        return (self.getvalue(), self._newline, self._pos, getattr(self, "__dict__", None))

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    @property
    def line_buffering(self):
        self._check()
        return False

    @property
    def newlines(self):
        self._check()
        if self._newline is not None and self._newline != "":
            return None
        return _NEWLINES[self._seen]

    def getvalue(self):
        self._check()
        return self._text()

    def write(self, s):
        if self._closed:
            raise ValueError("I/O operation on closed file")
        if type(s) is not str and not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        n = len(s)
        if self._newline != "\n":
            if self._newline is None or self._newline == "":
                self._seen |= _seen_newlines(s)
            if self._translate:
                s = s.replace("\r\n", "\n").replace("\r", "\n")
            elif self._writenl is not None:
                s = s.replace("\n", self._writenl)
            if not s:
                return n
        elif not n:
            return 0
        pos = self._pos
        if pos == self._size:
            self._tail.append(s)
            self._size += len(s)
        else:
            value = self._text()
            if pos > len(value):
                value += "\0" * (pos - len(value))
            value = value[:pos] + s + value[pos + len(s):]
            self._value = value
            self._size = len(value)
        self._pos = pos + len(s)
        return n

    def read(self, size=-1):
        self._check()
        size = _index(size)
        value = self._text()
        pos = self._pos
        end = len(value) if size < 0 else min(len(value), pos + size)
        if pos >= end:
            return ""
        self._pos = end
        return value[pos:end]

    def readline(self, size=-1):
        self._check()
        if size is not None and not hasattr(size, "__index__"):
            raise TypeError(f"integer argument expected, got '{type(size).__name__}'")
        size = _index(size)
        value = self._text()
        pos = self._pos
        if pos >= len(value):
            return ""
        nl = "\n" if self._translate else self._newline
        end = _find_line_end(value, pos, nl)
        if end < 0:
            end = len(value)
        if size >= 0:
            end = min(end, pos + size)
        self._pos = end
        return value[pos:end]

    def __next__(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")
        if self._newline == "\n" and type(self) is StringIO:
            value = self._value if not self._tail else self._text()
            pos = self._pos
            if pos >= len(value):
                raise StopIteration
            end = value.find("\n", pos) + 1 or len(value)
            self._pos = end
            return value[pos:end]
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        pos = _index(pos)
        if whence not in (0, 1, 2):
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        if whence == 0 and pos < 0:
            raise ValueError(f"Negative seek position {pos}")
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 2:
            pos = len(self._text())
        elif whence == 1:
            pos = self._pos
        self._pos = pos
        return pos

    def truncate(self, pos=None):
        self._check()
        if pos is None:
            pos = self._pos
        else:
            pos = _index(pos)
            if pos < 0:
                raise ValueError(f"Negative size value {pos}")
        value = self._text()
        if pos < len(value):
            self._value = value[:pos]
            self._size = pos
        return pos

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def detach(self):
        raise UnsupportedOperation("detach")

    def __repr__(self):
        return f"<_io.StringIO object at {id(self):#x}>"


class BufferedReader(BufferedIOBase):
    """A buffer over a readable raw stream."""

    __module__ = "_io"

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.readable():
            raise OSError('"raw" argument must be readable.')
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self._raw = raw
        self.buffer_size = buffer_size
        self._rbuf = b""
        self._rpos = 0

    @property
    def raw(self):
        return self._raw

    def _checkRaw(self):
        if self._raw is None:
            raise ValueError("raw stream has been detached")

    @property
    def closed(self):
        self._checkRaw()
        return self._raw.closed

    @property
    def name(self):
        self._checkRaw()
        return self._raw.name

    @property
    def mode(self):
        self._checkRaw()
        return self._raw.mode

    def readable(self):
        self._checkRaw()
        return self._raw.readable()

    def writable(self):
        self._checkRaw()
        return self._raw.writable()

    def seekable(self):
        self._checkRaw()
        return self._raw.seekable()

    def fileno(self):
        self._checkRaw()
        return self._raw.fileno()

    def isatty(self):
        self._checkRaw()
        return self._raw.isatty()

    def close(self):
        self._checkRaw()
        if self._raw.closed:
            return
        try:
            self.flush()
        finally:
            self._raw.close()

    def flush(self):
        self._checkRaw()
        if self._raw.closed:
            raise ValueError("flush of closed file")

    def detach(self):
        self._checkRaw()
        self.flush()
        raw = self._raw
        self._raw = None
        return raw

    def _buffered(self):
        return len(self._rbuf) - self._rpos

    def _raw_read(self, n):
        data = self._raw.read(n)
        return b"" if data is None else bytes(data)

    def _fill(self):
        data = self._raw_read(self.buffer_size)
        if data:
            self._rbuf = self._rbuf[self._rpos:] + data
            self._rpos = 0
        return len(data)

    def read(self, size=-1):
        self._checkRaw()
        self._checkClosed("read of closed file")
        size = _index(size)
        if size < 0:
            parts = [self._rbuf[self._rpos:]]
            self._rbuf, self._rpos = b"", 0
            readall = getattr(self._raw, "readall", None)
            if readall is not None:
                rest = readall()
                if rest:
                    parts.append(rest)
            else:
                while True:
                    chunk = self._raw_read(DEFAULT_BUFFER_SIZE)
                    if not chunk:
                        break
                    parts.append(chunk)
            return b"".join(parts)
        while self._buffered() < size:
            if not self._fill():
                break
        data = self._rbuf[self._rpos:self._rpos + size]
        self._rpos += len(data)
        return data

    def read1(self, size=-1):
        self._checkRaw()
        self._checkClosed("read of closed file")
        size = _index(size)
        if self._buffered() == 0:
            self._fill()
        if size < 0:
            size = self._buffered()
        data = self._rbuf[self._rpos:self._rpos + size]
        self._rpos += len(data)
        return data

    def peek(self, size=0):
        self._checkRaw()
        self._checkClosed("peek of closed file")
        if self._buffered() == 0:
            self._fill()
        return self._rbuf[self._rpos:]

    def readline(self, size=-1):
        self._checkRaw()
        self._checkClosed("readline of closed file")
        size = _index(size)
        while True:
            i = self._rbuf.find(b"\n", self._rpos)
            if i >= 0 or (size >= 0 and self._buffered() >= size) or not self._fill():
                break
        end = i + 1 if i >= 0 else len(self._rbuf)
        if size >= 0:
            end = min(end, self._rpos + size)
        data = self._rbuf[self._rpos:end]
        self._rpos = end
        return data

    def tell(self):
        self._checkRaw()
        pos = self._raw.tell() - self._buffered()
        return max(pos, 0)

    def seek(self, pos, whence=0):
        self._checkRaw()
        if whence not in (0, 1, 2):
            raise ValueError(f"whence value {whence} unsupported")
        self._checkClosed("seek of closed file")
        if whence == 1:
            pos -= self._buffered()
        result = self._raw.seek(pos, whence)
        self._rbuf, self._rpos = b"", 0
        return result

    def truncate(self, pos=None):
        self._checkRaw()
        if pos is None:
            pos = self.tell()
        self._rbuf, self._rpos = b"", 0
        return self._raw.truncate(pos)

    def __repr__(self):
        name = type(self).__qualname__
        try:
            return f"<_io.{name} name={self.name!r}>"
        except Exception:
            return f"<_io.{name}>"


class BufferedWriter(BufferedIOBase):
    """A buffer over a writable raw stream."""

    __module__ = "_io"

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.writable():
            raise OSError('"raw" argument must be writable.')
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self._raw = raw
        self.buffer_size = buffer_size
        self._wbuf = bytearray()

    raw = BufferedReader.raw
    closed = BufferedReader.closed
    name = BufferedReader.name
    mode = BufferedReader.mode
    _checkRaw = BufferedReader._checkRaw
    readable = BufferedReader.readable
    writable = BufferedReader.writable
    seekable = BufferedReader.seekable
    fileno = BufferedReader.fileno
    isatty = BufferedReader.isatty
    detach = BufferedReader.detach
    __repr__ = BufferedReader.__repr__

    def close(self):
        self._checkRaw()
        if self._raw.closed:
            return
        try:
            self.flush()
        finally:
            self._raw.close()

    def write(self, b):
        self._checkRaw()
        if self.closed:
            raise ValueError("write to closed file")
        data = _bytes_of(b)
        self._wbuf += data
        if len(self._wbuf) > self.buffer_size:
            self._flush_unlocked()
        return len(data)

    def _flush_unlocked(self):
        while self._wbuf:
            n = self._raw.write(bytes(self._wbuf))
            if n is None:
                raise BlockingIOError(11, "write could not complete without blocking", 0)
            del self._wbuf[:n]

    def flush(self):
        self._checkRaw()
        if self._raw.closed:
            raise ValueError("flush of closed file")
        self._flush_unlocked()
        raw_flush = getattr(self._raw, "flush", None)
        if raw_flush is not None:
            raw_flush()

    def tell(self):
        self._checkRaw()
        return self._raw.tell() + len(self._wbuf)

    def seek(self, pos, whence=0):
        self._checkRaw()
        if whence not in (0, 1, 2):
            raise ValueError(f"whence value {whence} unsupported")
        self._flush_unlocked()
        return self._raw.seek(pos, whence)

    def truncate(self, pos=None):
        self._checkRaw()
        self._flush_unlocked()
        if pos is None:
            pos = self._raw.tell()
        return self._raw.truncate(pos)


class BufferedRandom(BufferedWriter, BufferedReader):
    """A buffer over a seekable raw stream that is read and written."""

    __module__ = "_io"

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        raw._checkSeekable() if hasattr(raw, "_checkSeekable") else None
        BufferedReader.__init__(self, raw, buffer_size)
        BufferedWriter.__init__(self, raw, buffer_size)

    def _sync_read(self):
        # Drop read-ahead so the raw position is the logical one again.
        if self._buffered():
            self._raw.seek(-self._buffered(), 1)
        self._rbuf, self._rpos = b"", 0

    def write(self, b):
        self._sync_read()
        return BufferedWriter.write(self, b)

    def tell(self):
        if self._wbuf:
            return BufferedWriter.tell(self)
        return BufferedReader.tell(self)

    def seek(self, pos, whence=0):
        self._flush_unlocked()
        return BufferedReader.seek(self, pos, whence)

    def truncate(self, pos=None):
        if pos is None:
            pos = self.tell()
        self._sync_read()
        return BufferedWriter.truncate(self, pos)

    def read(self, size=-1):
        self.flush()
        return BufferedReader.read(self, size)

    def read1(self, size=-1):
        self.flush()
        return BufferedReader.read1(self, size)

    def peek(self, size=0):
        self.flush()
        return BufferedReader.peek(self, size)

    def readline(self, size=-1):
        self.flush()
        return BufferedReader.readline(self, size)


class BufferedRWPair(BufferedIOBase):
    """A reader and a writer joined into one stream."""

    __module__ = "_io"

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self.reader.read(size)

    def readinto(self, b):
        return self.reader.readinto(b)

    def write(self, b):
        return self.writer.write(b)

    def peek(self, size=0):
        return self.reader.peek(size)

    def read1(self, size=-1):
        return self.reader.read1(size)

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def flush(self):
        return self.writer.flush()

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()

    def isatty(self):
        return self.reader.isatty() or self.writer.isatty()

    @property
    def closed(self):
        return self.writer.closed


BufferedReader.register(_io.BufferedReader)
BufferedReader.register(_io.StdBufferReader)
BufferedWriter.register(_io.BufferedWriter)
BufferedWriter.register(_io.StdBufferWriter)
BufferedRandom.register(_io.BufferedRandom)


class FileIO(RawIOBase):
    """Raw file I/O: open(name, mode + 'b', buffering=0)."""

    def __new__(cls, file, mode="r", closefd=True, opener=None):
        if not isinstance(mode, str):
            raise TypeError(f"FileIO() argument 'mode' must be str, not {type(mode).__name__}")
        if set(mode) - set("rwxab+"):
            raise ValueError(f"invalid mode: {mode}")
        return open(file, mode.replace("b", "") + "b", buffering=0, closefd=closefd, opener=opener)


FileIO.register(_io.FileIO)

_UTF8_NAMES = ("utf-8", "utf8", "u8", "utf", "utf_8", "cp65001")


class TextIOWrapper(TextIOBase):
    """Character and line based layer over a BufferedIOBase object."""

    __module__ = "_io"
    _CHUNK_SIZE = 8192

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        _check_newline(newline)
        if encoding is None:
            encoding = "utf-8"
        elif not isinstance(encoding, str):
            raise TypeError(f"TextIOWrapper() argument 'encoding' must be str or None, not {type(encoding).__name__}")
        if errors is None:
            errors = "strict"
        elif not isinstance(errors, str):
            raise TypeError(f"TextIOWrapper() argument 'errors' must be str or None, not {type(errors).__name__}")
        "".encode(encoding)
        self._buffer = buffer
        self._encoding = encoding
        self._errors = errors
        self._newline = newline
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        self._translate = newline is None
        self._universal = newline is None or newline == ""
        self._writenl = newline if newline not in (None, "") else "\n"
        self._seen = 0
        self._utf8 = encoding.lower().replace("-", "_") in _UTF8_NAMES or encoding.lower() in _UTF8_NAMES
        self._stateless = self._utf8 or encoding.lower().replace("-", "_") in (
            "ascii", "us_ascii", "latin_1", "latin1", "iso_8859_1", "iso8859_1", "cp1252", "l1")
        self._reset_read()

    def _reset_read(self):
        self._text = ""
        self._tpos = 0
        self._undecoded = b""
        self._eof = False

    def _checkBuffer(self):
        if self._buffer is None:
            raise ValueError("underlying buffer has been detached")

    @property
    def buffer(self):
        self._checkBuffer()
        return self._buffer

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def newlines(self):
        if not self._universal:
            return None
        return _NEWLINES[self._seen]

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def name(self):
        return self.buffer.name

    def fileno(self):
        return self.buffer.fileno()

    def isatty(self):
        return self.buffer.isatty()

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def flush(self):
        self.buffer.flush()

    def close(self):
        buffer = self.buffer
        if not buffer.closed:
            try:
                self.flush()
            finally:
                buffer.close()

    def detach(self):
        self._checkBuffer()
        self.flush()
        buffer = self._buffer
        self._buffer = None
        return buffer

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis,
                    line_buffering=None, write_through=None):
        if encoding is not None:
            self._encoding = encoding
            if errors is None:
                errors = "strict"
        if errors is not None:
            self._errors = errors
        if newline is not Ellipsis:
            _check_newline(newline)
            self._newline = newline
            self._translate = newline is None
            self._universal = newline is None or newline == ""
            self._writenl = newline if newline not in (None, "") else "\n"
        if line_buffering is not None:
            self._line_buffering = bool(line_buffering)
        if write_through is not None:
            self._write_through = bool(write_through)

    def __repr__(self):
        parts = ["<_io.TextIOWrapper"]
        try:
            parts.append(f" name={self.name!r}")
        except Exception:
            pass
        try:
            parts.append(f" mode={self.mode!r}")
        except Exception:
            pass
        parts.append(f" encoding={self._encoding!r}>")
        return "".join(parts)

    # writing

    def write(self, s):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        n = len(s)
        text = s
        if self._writenl != "\n":
            text = text.replace("\n", self._writenl)
        data = text.encode(self._encoding, self._errors)
        if self._text or self._undecoded:
            self._rewind()
        self.buffer.write(data)
        if self._line_buffering and ("\n" in s or "\r" in s):
            self.flush()
        return n

    def _rewind(self):
        # Read-ahead is given back so that writing continues at the logical position.
        if self.seekable():
            pos = self.tell()
            self._reset_read()
            self.buffer.seek(pos)
        else:
            self._reset_read()

    # reading

    def _fill(self):
        """Decodes one more chunk onto the pending text; False at end of stream."""
        if self._eof:
            return False
        buf = self.buffer
        if self._stateless:
            reader = getattr(buf, "read1", None) or buf.read
            data = reader(self._CHUNK_SIZE)
        else:
            data = buf.read()
        if not data:
            self._eof = True
            if self._undecoded:
                rest, self._undecoded = self._undecoded, b""
                self._append(rest.decode(self._encoding, self._errors))
                return True
            return False
        data = self._undecoded + bytes(data)
        self._undecoded = b""
        if self._utf8:
            cut = len(data)
            k = cut - 1
            back = 0
            while k >= 0 and back < 3 and (data[k] & 0xC0) == 0x80:
                k -= 1
                back += 1
            if k >= 0 and data[k] & 0x80:
                lead = data[k]
                need = 2 if lead & 0xE0 == 0xC0 else 3 if lead & 0xF0 == 0xE0 else 4 if lead & 0xF8 == 0xF0 else 1
                if cut - k < need:
                    cut = k
            self._undecoded = data[cut:]
            data = data[:cut]
        elif not self._stateless:
            self._eof = True
        self._append(data.decode(self._encoding, self._errors))
        return True

    def _append(self, text):
        if self._tpos:
            self._text = self._text[self._tpos:] + text
            self._tpos = 0
        else:
            self._text += text

    def _take(self, end):
        raw = self._text[self._tpos:end]
        self._tpos = end
        if self._universal:
            if "\r" in raw:
                self._seen |= _seen_newlines(raw)
                if self._translate:
                    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
            elif "\n" in raw:
                self._seen |= _SEEN_LF
        return raw

    def _prepare_read(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if not self.readable():
            raise UnsupportedOperation("not readable")

    def read(self, size=-1):
        self._checkBuffer()
        self._prepare_read()
        size = _index(size)
        if size < 0:
            while self._fill():
                pass
            return self._take(len(self._text))
        out = []
        got = 0
        while got < size:
            if self._tpos >= len(self._text) and not self._fill():
                break
            end = min(len(self._text), self._tpos + size - got)
            if self._translate and self._text[end - 1] == "\r":
                if end == len(self._text):
                    self._fill()
                if self._text[end:end + 1] == "\n":
                    end += 1
            piece = self._take(end)
            out.append(piece)
            got += len(piece)
        return "".join(out)

    def readline(self, size=-1):
        self._checkBuffer()
        self._prepare_read()
        if size is not None and not hasattr(size, "__index__"):
            raise TypeError(f"integer argument expected, got '{type(size).__name__}'")
        size = _index(size)
        nl = self._newline
        while True:
            end = _find_line_end(self._text, self._tpos, nl)
            if end >= 0:
                break
            if size >= 0 and len(self._text) - self._tpos > size:
                end = self._tpos + size
                break
            if not self._fill():
                end = len(self._text)
                break
        if size >= 0:
            line_len = end - self._tpos
            if self._translate and self._text[end - 2:end] == "\r\n" and end - 2 >= self._tpos:
                line_len -= 1
            if line_len > size:
                end = self._tpos + size
        return self._take(end)

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._checkBuffer()
        if not self.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        self.flush()
        pos = self.buffer.tell()
        pending = self._text[self._tpos:]
        if pending or self._undecoded:
            pos -= len(pending.encode(self._encoding, self._errors)) + len(self._undecoded)
        return pos

    def seek(self, cookie, whence=0):
        self._checkBuffer()
        if self.closed:
            raise ValueError("tell on closed file")
        if not self.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            return self.tell()
        if whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            self._reset_read()
            return self.buffer.seek(0, 2)
        if whence != 0:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        if cookie < 0:
            raise ValueError(f"negative seek position {cookie!r}")
        self.flush()
        self._reset_read()
        self.buffer.seek(cookie)
        return cookie

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        return self.buffer.truncate(pos)


TextIOWrapper.register(_io.TextIOWrapper)
TextIOWrapper.register(_io.StdStream)


class IncrementalNewlineDecoder:
    """Translates \\r\\n and \\r into \\n, optionally on top of another decoder."""

    def __init__(self, decoder, translate, errors="strict"):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self.pendingcr = False
        self.seennl = 0

    def decode(self, input, final=False):
        output = input if self.decoder is None else self.decoder.decode(input, final=final)
        if self.pendingcr and (output or final):
            output = "\r" + output
            self.pendingcr = False
        if output.endswith("\r") and not final:
            output = output[:-1]
            self.pendingcr = True
        self.seennl |= _seen_newlines(output)
        if self.translate:
            output = output.replace("\r\n", "\n").replace("\r", "\n")
        return output

    def getstate(self):
        buf, flag = (b"", 0) if self.decoder is None else self.decoder.getstate()
        return buf, (flag << 1) | int(self.pendingcr)

    def setstate(self, state):
        buf, flag = state
        self.pendingcr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buf, flag >> 1))

    def reset(self):
        self.seennl = 0
        self.pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return _NEWLINES[self.seennl]
