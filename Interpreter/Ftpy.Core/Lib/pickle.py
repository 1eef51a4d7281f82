"""Serialization of Python objects to the pickle byte format (protocols 0 to 5) and back.

Pickler writes the binary opcodes of protocol 2 and later (without framing, which is
optional) and, for protocols 0 and 1, the text and early binary opcodes. Unpickler reads
every opcode of protocols 0 to 5 except persistent ids, extension codes and out-of-band
buffers. Objects are reduced with copyreg's dispatch table or __reduce_ex__, as CPython does.
"""

import sys
import math
import copyreg
from copyreg import dispatch_table
import io as _io

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler",
           "dump", "dumps", "load", "loads", "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL",
           "PickleBuffer"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


for _cls in (PickleError, PicklingError, UnpicklingError):
    _cls.__module__ = "_pickle"
del _cls


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


class PickleBuffer:
    def __init__(self, buffer):
        self._view = memoryview(buffer)

    def raw(self):
        return self._view.cast("B")

    def release(self):
        self._view.release()


MARK = b"("
STOP = b"."
POP = b"0"
POP_MARK = b"1"
DUP = b"2"
FLOAT = b"F"
INT = b"I"
BININT = b"J"
BININT1 = b"K"
LONG = b"L"
BININT2 = b"M"
NONE = b"N"
PERSID = b"P"
BINPERSID = b"Q"
REDUCE = b"R"
STRING = b"S"
BINSTRING = b"T"
SHORT_BINSTRING = b"U"
UNICODE = b"V"
BINUNICODE = b"X"
APPEND = b"a"
BUILD = b"b"
GLOBAL = b"c"
DICT = b"d"
EMPTY_DICT = b"}"
APPENDS = b"e"
GET = b"g"
BINGET = b"h"
INST = b"i"
LONG_BINGET = b"j"
LIST = b"l"
EMPTY_LIST = b"]"
OBJ = b"o"
PUT = b"p"
BINPUT = b"q"
LONG_BINPUT = b"r"
SETITEM = b"s"
TUPLE = b"t"
EMPTY_TUPLE = b")"
SETITEMS = b"u"
BINFLOAT = b"G"
PROTO = b"\x80"
NEWOBJ = b"\x81"
EXT1 = b"\x82"
EXT2 = b"\x83"
EXT4 = b"\x84"
TUPLE1 = b"\x85"
TUPLE2 = b"\x86"
TUPLE3 = b"\x87"
NEWTRUE = b"\x88"
NEWFALSE = b"\x89"
LONG1 = b"\x8a"
LONG4 = b"\x8b"
BINBYTES = b"B"
SHORT_BINBYTES = b"C"
SHORT_BINUNICODE = b"\x8c"
BINUNICODE8 = b"\x8d"
BINBYTES8 = b"\x8e"
EMPTY_SET = b"\x8f"
ADDITEMS = b"\x90"
FROZENSET = b"\x91"
NEWOBJ_EX = b"\x92"
STACK_GLOBAL = b"\x93"
MEMOIZE = b"\x94"
FRAME = b"\x95"
BYTEARRAY8 = b"\x96"
NEXT_BUFFER = b"\x97"
READONLY_BUFFER = b"\x98"
TRUE = b"I01\n"
FALSE = b"I00\n"

_BATCHSIZE = 1000


def _float_to_bytes(x):
    """The IEEE 754 binary64 encoding of x, big-endian (struct's '>d')."""
    sign = 1 if math.copysign(1.0, x) < 0 else 0
    if math.isnan(x):
        bits = 0x7FF8000000000000
    elif math.isinf(x):
        bits = 0x7FF0000000000000
    elif x == 0:
        bits = 0
    else:
        m, e = math.frexp(abs(x))
        biased = e - 1 + 1023
        if biased <= 0:
            bits = int(math.ldexp(abs(x), 1074))
        else:
            bits = (biased << 52) | int(math.ldexp(m * 2 - 1, 52))
    return ((sign << 63) | bits).to_bytes(8, "big")


def _float_from_bytes(data):
    bits = int.from_bytes(data, "big")
    sign = -1.0 if bits >> 63 else 1.0
    biased = (bits >> 52) & 0x7FF
    frac = bits & ((1 << 52) - 1)
    if biased == 0x7FF:
        return math.copysign(math.nan, sign) if frac else sign * math.inf
    if biased == 0:
        return sign * math.ldexp(frac, -1074)
    return sign * math.ldexp(frac + (1 << 52), biased - 1075)


def _encode_long(x):
    if x == 0:
        return b""
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, "little", signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xFF and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result


def _decode_long(data):
    return int.from_bytes(data, "little", signed=True)


def _getattribute(obj, name):
    for subpath in name.split("."):
        if subpath == "<locals>":
            raise AttributeError(f"Can't get local attribute {name!r} on {obj!r}")
        obj = getattr(obj, subpath)
    return obj


def whichmodule(obj, name):
    module_name = getattr(obj, "__module__", None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if module_name == "__main__" or module is None:
            continue
        try:
            if _getattribute(module, name) is obj:
                return module_name
        except AttributeError:
            pass
    return "__main__"


class Pickler:
    """Writes pickles of objects to a binary file."""

    dispatch_table = None

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError(f"pickle protocol must be <= {HIGHEST_PROTOCOL}")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.memo = {}
        self.fast = 0
        self.fix_imports = fix_imports
        self._out = []

    def clear_memo(self):
        self.memo.clear()

    def write(self, data):
        self._out.append(data)

    def dump(self, obj):
        """Writes a pickled representation of obj to the file."""
        if not hasattr(self, "_file_write"):
            raise PicklingError(f"Pickler.__init__() was not called by {type(self).__name__}.__init__()")
        self._out = []
        if self.proto >= 2:
            self.write(PROTO + bytes([self.proto]))
        self.save(obj)
        self.write(STOP)
        self._file_write(b"".join(self._out))
        self._out = []

    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        if self.proto >= 4:
            self.write(MEMOIZE)
        elif self.bin:
            if idx < 256:
                self.write(BINPUT + bytes([idx]))
            else:
                self.write(LONG_BINPUT + idx.to_bytes(4, "little"))
        else:
            self.write(PUT + repr(idx).encode("ascii") + b"\n")
        self.memo[id(obj)] = idx, obj

    def get(self, i):
        if self.bin:
            if i < 256:
                return BINGET + bytes([i])
            return LONG_BINGET + i.to_bytes(4, "little")
        return GET + repr(i).encode("ascii") + b"\n"

    def persistent_id(self, obj):
        return None

    def save(self, obj, save_persistent_id=True):
        pid = self.persistent_id(obj)
        if pid is not None and save_persistent_id:
            self.save_pers(pid)
            return
        x = self.memo.get(id(obj))
        if x is not None:
            self.write(self.get(x[0]))
            return
        t = type(obj)
        f = self._dispatch.get(t)
        if f is not None:
            f(self, obj)
            return
        reduce = getattr(self, "reducer_override", None)
        rv = NotImplemented
        if reduce is not None:
            rv = reduce(obj)
        if rv is NotImplemented:
            if issubclass(t, type):
                self.save_global(obj)
                return
            table = self.dispatch_table if self.dispatch_table is not None else dispatch_table
            reduce = table.get(t)
            if reduce is not None:
                rv = reduce(obj)
            else:
                reduce = getattr(obj, "__reduce_ex__", None)
                if reduce is not None:
                    rv = reduce(self.proto)
                else:
                    reduce = getattr(obj, "__reduce__", None)
                    if reduce is None:
                        raise PicklingError(f"Can't pickle {t.__name__!r} object: {obj!r}")
                    rv = reduce()
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError(f"{reduce} must return string or tuple")
        if not 2 <= len(rv) <= 6:
            raise PicklingError(f"Tuple returned by {reduce} must have two to six elements")
        self.save_reduce(*rv, obj=obj)

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
        else:
            self.write(PERSID + str(pid).encode("ascii") + b"\n")

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("args from save_reduce() must be a tuple")
        if not callable(func):
            raise PicklingError("func from save_reduce() must be callable")
        write = self.write
        func_name = getattr(func, "__name__", "")
        if self.proto >= 2 and func_name == "__newobj_ex__":
            cls, args, kwargs = args
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj_ex__ args has the wrong class")
            if self.proto >= 4:
                self.save(cls)
                self.save(args)
                self.save(kwargs)
                write(NEWOBJ_EX)
            else:
                import functools
                func = functools.partial(cls.__new__, cls, *args, **kwargs)
                self.save(func)
                self.save(())
                write(REDUCE)
        elif self.proto >= 2 and func_name == "__newobj__":
            cls = args[0]
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            self.save(cls)
            self.save(args[1:])
            write(NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            write(REDUCE)
        if obj is not None:
            if id(obj) in self.memo:
                write(POP + self.get(self.memo[id(obj)][0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                self.save(state)
                write(BUILD)
            else:
                self.save(state_setter)
                self.save(obj)
                self.save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    # atomic types

    def save_none(self, obj):
        self.write(NONE)

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)

    def save_long(self, obj):
        if self.bin:
            if obj >= 0:
                if obj <= 0xFF:
                    self.write(BININT1 + bytes([obj]))
                    return
                if obj <= 0xFFFF:
                    self.write(BININT2 + obj.to_bytes(2, "little"))
                    return
            if -0x80000000 <= obj <= 0x7FFFFFFF:
                self.write(BININT + obj.to_bytes(4, "little", signed=True))
                return
        if self.proto >= 2:
            encoded = _encode_long(obj)
            n = len(encoded)
            if n < 256:
                self.write(LONG1 + bytes([n]) + encoded)
            else:
                self.write(LONG4 + n.to_bytes(4, "little", signed=True) + encoded)
            return
        if -0x80000000 <= obj <= 0x7FFFFFFF:
            self.write(INT + repr(obj).encode("ascii") + b"\n")
        else:
            self.write(LONG + repr(obj).encode("ascii") + b"L\n")

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + _float_to_bytes(obj))
        else:
            self.write(FLOAT + repr(obj).encode("ascii") + b"\n")

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(bytes, (list(obj),), obj=obj)
            return
        n = len(obj)
        if n <= 0xFF:
            self.write(SHORT_BINBYTES + bytes([n]) + obj)
        elif n > 0xFFFFFFFF and self.proto >= 4:
            self.write(BINBYTES8 + n.to_bytes(8, "little") + obj)
        else:
            self.write(BINBYTES + n.to_bytes(4, "little") + obj)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        n = len(obj)
        self.write(BYTEARRAY8 + n.to_bytes(8, "little") + bytes(obj))
        self.memoize(obj)

    def save_str(self, obj):
        if self.bin:
            encoded = obj.encode("utf-8", "surrogatepass")
            n = len(encoded)
            if n <= 0xFF and self.proto >= 4:
                self.write(SHORT_BINUNICODE + bytes([n]) + encoded)
            elif n > 0xFFFFFFFF and self.proto >= 4:
                self.write(BINUNICODE8 + n.to_bytes(8, "little") + encoded)
            else:
                self.write(BINUNICODE + n.to_bytes(4, "little") + encoded)
        else:
            tmp = (obj.replace("\\", "\\u005c").replace("\0", "\\u0000").replace("\n", "\\u000a")
                   .replace("\r", "\\u000d").replace("\x1a", "\\u001a"))
            self.write(UNICODE + tmp.encode("raw-unicode-escape") + b"\n")
        self.memoize(obj)

    def save_tuple(self, obj):
        if not obj:
            self.write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        n = len(obj)
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for element in obj:
                save(element)
            if id(obj) in memo:
                self.write(POP * n + self.get(memo[id(obj)][0]))
            else:
                self.write((TUPLE1, TUPLE2, TUPLE3)[n - 1])
                self.memoize(obj)
            return
        self.write(MARK)
        for element in obj:
            save(element)
        if id(obj) in memo:
            get = self.get(memo[id(obj)][0])
            if self.bin:
                self.write(POP_MARK + get)
            else:
                self.write(POP * (n + 1) + get)
            return
        self.write(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        if self.bin:
            self.write(EMPTY_LIST)
        else:
            self.write(MARK + LIST)
        self.memoize(obj)
        self._batch_appends(obj)

    def _batch_appends(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        it = iter(items)
        while True:
            batch = []
            for x in it:
                batch.append(x)
                if len(batch) >= _BATCHSIZE:
                    break
            n = len(batch)
            if n > 1:
                write(MARK)
                for x in batch:
                    save(x)
                write(APPENDS)
            elif n:
                save(batch[0])
                write(APPEND)
            if n < _BATCHSIZE:
                return

    def save_dict(self, obj):
        if self.bin:
            self.write(EMPTY_DICT)
        else:
            self.write(MARK + DICT)
        self.memoize(obj)
        self._batch_setitems(obj.items())

    def _batch_setitems(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                write(SETITEM)
            return
        it = iter(items)
        while True:
            batch = []
            for x in it:
                batch.append(x)
                if len(batch) >= _BATCHSIZE:
                    break
            n = len(batch)
            if n > 1:
                write(MARK)
                for k, v in batch:
                    save(k)
                    save(v)
                write(SETITEMS)
            elif n:
                k, v = batch[0]
                save(k)
                save(v)
                write(SETITEM)
            if n < _BATCHSIZE:
                return

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self.write(EMPTY_SET)
        self.memoize(obj)
        items = list(obj)
        for i in range(0, len(items), _BATCHSIZE):
            self.write(MARK)
            for item in items[i:i + _BATCHSIZE]:
                self.save(item)
            self.write(ADDITEMS)

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self.write(MARK)
        for item in obj:
            self.save(item)
        if id(obj) in self.memo:
            self.write(POP_MARK + self.get(self.memo[id(obj)][0]))
            return
        self.write(FROZENSET)
        self.memoize(obj)

    def save_global(self, obj, name=None):
        write = self.write
        if name is None:
            name = getattr(obj, "__qualname__", None)
        if name is None:
            name = obj.__name__
        module_name = whichmodule(obj, name)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
        except (ImportError, KeyError):
            raise PicklingError(f"Can't pickle {obj!r}: import of module {module_name!r} failed") from None
        try:
            obj2 = _getattribute(module, name)
        except AttributeError:
            raise PicklingError(f"Can't pickle {obj!r}: attribute lookup {name} on {module_name} failed") from None
        if obj2 is not obj:
            raise PicklingError(f"Can't pickle {obj!r}: it's not the same object as {module_name}.{name}")
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            write(STACK_GLOBAL)
        elif "." in name:
            raise PicklingError(f"Can't pickle {obj!r}: it's not found as {module_name}.{name}")
        else:
            write(GLOBAL + module_name.encode("utf-8") + b"\n" + name.encode("utf-8") + b"\n")
        self.memoize(obj)

    def save_type(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        if obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        if obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)

    _dispatch = {}


Pickler._dispatch = {
    type(None): Pickler.save_none,
    bool: Pickler.save_bool,
    int: Pickler.save_long,
    float: Pickler.save_float,
    bytes: Pickler.save_bytes,
    bytearray: Pickler.save_bytearray,
    str: Pickler.save_str,
    tuple: Pickler.save_tuple,
    list: Pickler.save_list,
    dict: Pickler.save_dict,
    set: Pickler.save_set,
    frozenset: Pickler.save_frozenset,
    type: Pickler.save_type,
    type(len): Pickler.save_global,
    type(_getattribute): Pickler.save_global,
}


class Unpickler:
    """Reads pickles from a binary file and rebuilds the objects."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
        self._file_read = file.read
        self._file_readline = file.readline
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    def load(self):
        """Reads one pickle from the file and returns the object it describes."""
        if not hasattr(self, "_file_read"):
            raise UnpicklingError(f"Unpickler.__init__() was not called by {type(self).__name__}.__init__()")
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        read = self._file_read
        dispatch = self._dispatch
        try:
            while True:
                key = read(1)
                if not key:
                    raise EOFError("Ran out of input")
                handler = dispatch.get(key[0])
                if handler is None:
                    raise UnpicklingError(f"invalid load key, '{key.decode('latin-1')}'.")
                handler(self)
        except _Stop as stopinst:
            return stopinst.value

    def read(self, n):
        data = self._file_read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def readline(self):
        line = self._file_readline()
        if not line.endswith(b"\n"):
            raise UnpicklingError("pickle data was truncated")
        return line

    def pop_mark(self):
        items = self.stack
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered, but no persistent_load function was specified.")

    def find_class(self, module, name):
        sys.audit("pickle.find_class", module, name) if hasattr(sys, "audit") else None
        if self.proto < 3 and self.fix_imports:
            module = _PY2_MODULES.get(module, module)
        if module == "_codecs" and name == "encode" and "_codecs" not in sys.modules:
            return _codecs_encode
        __import__(module, level=0)
        if self.proto >= 4 and "." in name:
            return _getattribute(sys.modules[module], name)
        return getattr(sys.modules[module], name)

    def load_proto(self):
        proto = self.read(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError(f"unsupported pickle protocol: {proto}")
        self.proto = proto

    def load_frame(self):
        self.read(8)

    def load_persid(self):
        pid = self.readline()[:-1].decode("ascii")
        self.append(self.persistent_load(pid))

    def load_binpersid(self):
        pid = self.stack.pop()
        self.append(self.persistent_load(pid))

    def load_none(self):
        self.append(None)

    def load_false(self):
        self.append(False)

    def load_true(self):
        self.append(True)

    def load_int(self):
        data = self.readline()
        if data == b"00\n":
            val = False
        elif data == b"01\n":
            val = True
        else:
            val = int(data, 0)
        self.append(val)

    def load_binint(self):
        self.append(int.from_bytes(self.read(4), "little", signed=True))

    def load_binint1(self):
        self.append(self.read(1)[0])

    def load_binint2(self):
        self.append(int.from_bytes(self.read(2), "little"))

    def load_long(self):
        val = self.readline()[:-1]
        if val and val[-1:] == b"L":
            val = val[:-1]
        self.append(int(val, 0))

    def load_long1(self):
        n = self.read(1)[0]
        self.append(_decode_long(self.read(n)))

    def load_long4(self):
        n = int.from_bytes(self.read(4), "little", signed=True)
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(_decode_long(self.read(n)))

    def load_float(self):
        self.append(float(self.readline()[:-1]))

    def load_binfloat(self):
        self.append(_float_from_bytes(self.read(8)))

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def load_string(self):
        data = self.readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b"\"'":
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.append(self._decode_string(data.decode("ascii").encode("latin-1").decode("unicode_escape").encode("latin-1")))

    def load_binstring(self):
        n = int.from_bytes(self.read(4), "little", signed=True)
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.append(self._decode_string(self.read(n)))

    def load_short_binstring(self):
        n = self.read(1)[0]
        self.append(self._decode_string(self.read(n)))

    def load_binbytes(self):
        n = int.from_bytes(self.read(4), "little")
        self.append(self.read(n))

    def load_short_binbytes(self):
        n = self.read(1)[0]
        self.append(self.read(n))

    def load_binbytes8(self):
        n = int.from_bytes(self.read(8), "little")
        self.append(self.read(n))

    def load_bytearray8(self):
        n = int.from_bytes(self.read(8), "little")
        self.append(bytearray(self.read(n)))

    def load_unicode(self):
        self.append(str(self.readline()[:-1], "raw-unicode-escape"))

    def load_binunicode(self):
        n = int.from_bytes(self.read(4), "little")
        self.append(str(self.read(n), "utf-8", "surrogatepass"))

    def load_short_binunicode(self):
        n = self.read(1)[0]
        self.append(str(self.read(n), "utf-8", "surrogatepass"))

    def load_binunicode8(self):
        n = int.from_bytes(self.read(8), "little")
        self.append(str(self.read(n), "utf-8", "surrogatepass"))

    def load_tuple(self):
        items = self.pop_mark()
        self.append(tuple(items))

    def load_empty_tuple(self):
        self.append(())

    def load_tuple1(self):
        self.stack[-1] = (self.stack[-1],)

    def load_tuple2(self):
        self.stack[-2:] = [(self.stack[-2], self.stack[-1])]

    def load_tuple3(self):
        self.stack[-3:] = [(self.stack[-3], self.stack[-2], self.stack[-1])]

    def load_empty_list(self):
        self.append([])

    def load_empty_dictionary(self):
        self.append({})

    def load_empty_set(self):
        self.append(set())

    def load_frozenset(self):
        items = self.pop_mark()
        self.append(frozenset(items))

    def load_list(self):
        items = self.pop_mark()
        self.append(items)

    def load_dict(self):
        items = self.pop_mark()
        self.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})

    def _instantiate(self, klass, args):
        if args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__"):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError(f"in constructor for {klass.__name__}: {err}", sys.exc_info()[2])
        else:
            value = klass.__new__(klass)
        self.append(value)

    def load_inst(self):
        module = self.readline()[:-1].decode("ascii")
        name = self.readline()[:-1].decode("ascii")
        klass = self.find_class(module, name)
        self._instantiate(klass, self.pop_mark())

    def load_obj(self):
        args = self.pop_mark()
        cls = args.pop(0)
        self._instantiate(cls, args)

    def load_newobj(self):
        args = self.stack.pop()
        cls = self.stack.pop()
        self.append(cls.__new__(cls, *args))

    def load_newobj_ex(self):
        kwargs = self.stack.pop()
        args = self.stack.pop()
        cls = self.stack.pop()
        self.append(cls.__new__(cls, *args, **kwargs))

    def load_global(self):
        module = self.readline()[:-1].decode("utf-8")
        name = self.readline()[:-1].decode("utf-8")
        self.append(self.find_class(module, name))

    def load_stack_global(self):
        name = self.stack.pop()
        module = self.stack.pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))

    def load_ext(self):
        raise UnpicklingError("extension codes are not supported")

    def load_reduce(self):
        stack = self.stack
        args = stack.pop()
        func = stack[-1]
        stack[-1] = func(*args)

    def load_pop(self):
        if self.stack:
            del self.stack[-1]
        else:
            self.pop_mark()

    def load_pop_mark(self):
        self.pop_mark()

    def load_dup(self):
        self.append(self.stack[-1])

    def _memo_get(self, i):
        try:
            self.append(self.memo[i])
        except KeyError:
            raise UnpicklingError(f"Memo value not found at index {i}") from None

    def load_get(self):
        self._memo_get(int(self.readline()[:-1]))

    def load_binget(self):
        self._memo_get(self.read(1)[0])

    def load_long_binget(self):
        self._memo_get(int.from_bytes(self.read(4), "little"))

    def load_put(self):
        i = int(self.readline()[:-1])
        if i < 0:
            raise ValueError("negative PUT argument")
        self.memo[i] = self.stack[-1]

    def load_binput(self):
        self.memo[self.read(1)[0]] = self.stack[-1]

    def load_long_binput(self):
        self.memo[int.from_bytes(self.read(4), "little")] = self.stack[-1]

    def load_memoize(self):
        self.memo[len(self.memo)] = self.stack[-1]

    def load_append(self):
        value = self.stack.pop()
        self.stack[-1].append(value)

    def load_appends(self):
        items = self.pop_mark()
        target = self.stack[-1]
        try:
            extend = target.extend
        except AttributeError:
            pass
        else:
            extend(items)
            return
        append = target.append
        for item in items:
            append(item)

    def load_setitem(self):
        stack = self.stack
        value = stack.pop()
        key = stack.pop()
        stack[-1][key] = value

    def load_setitems(self):
        items = self.pop_mark()
        target = self.stack[-1]
        for i in range(0, len(items), 2):
            target[items[i]] = items[i + 1]

    def load_additems(self):
        items = self.pop_mark()
        target = self.stack[-1]
        if isinstance(target, set):
            target.update(items)
        else:
            add = target.add
            for item in items:
                add(item)

    def load_build(self):
        stack = self.stack
        state = stack.pop()
        inst = stack[-1]
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            inst_dict = inst.__dict__
            for k, v in state.items():
                if type(k) is str:
                    inst_dict[sys.intern(k)] = v
                else:
                    inst_dict[k] = v
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append

    def load_stop(self):
        value = self.stack.pop()
        raise _Stop(value)

    def load_next_buffer(self):
        raise UnpicklingError("pickle stream refers to out-of-band data but no *buffers* argument was given")

    def load_readonly_buffer(self):
        pass

    _dispatch = {}


Unpickler._dispatch = {code[0]: handler for code, handler in {
    PROTO: Unpickler.load_proto, FRAME: Unpickler.load_frame, PERSID: Unpickler.load_persid,
    BINPERSID: Unpickler.load_binpersid, NONE: Unpickler.load_none,
    NEWFALSE: Unpickler.load_false, NEWTRUE: Unpickler.load_true, INT: Unpickler.load_int,
    BININT: Unpickler.load_binint, BININT1: Unpickler.load_binint1,
    BININT2: Unpickler.load_binint2, LONG: Unpickler.load_long, LONG1: Unpickler.load_long1,
    LONG4: Unpickler.load_long4, FLOAT: Unpickler.load_float, BINFLOAT: Unpickler.load_binfloat,
    STRING: Unpickler.load_string, BINSTRING: Unpickler.load_binstring,
    SHORT_BINSTRING: Unpickler.load_short_binstring, BINBYTES: Unpickler.load_binbytes,
    SHORT_BINBYTES: Unpickler.load_short_binbytes, BINBYTES8: Unpickler.load_binbytes8,
    BYTEARRAY8: Unpickler.load_bytearray8, UNICODE: Unpickler.load_unicode,
    BINUNICODE: Unpickler.load_binunicode, SHORT_BINUNICODE: Unpickler.load_short_binunicode,
    BINUNICODE8: Unpickler.load_binunicode8, TUPLE: Unpickler.load_tuple,
    EMPTY_TUPLE: Unpickler.load_empty_tuple, TUPLE1: Unpickler.load_tuple1,
    TUPLE2: Unpickler.load_tuple2, TUPLE3: Unpickler.load_tuple3,
    EMPTY_LIST: Unpickler.load_empty_list, EMPTY_DICT: Unpickler.load_empty_dictionary,
    EMPTY_SET: Unpickler.load_empty_set, FROZENSET: Unpickler.load_frozenset,
    LIST: Unpickler.load_list, DICT: Unpickler.load_dict, INST: Unpickler.load_inst,
    OBJ: Unpickler.load_obj, NEWOBJ: Unpickler.load_newobj, NEWOBJ_EX: Unpickler.load_newobj_ex,
    GLOBAL: Unpickler.load_global, STACK_GLOBAL: Unpickler.load_stack_global,
    EXT1: Unpickler.load_ext, EXT2: Unpickler.load_ext, EXT4: Unpickler.load_ext,
    REDUCE: Unpickler.load_reduce, POP: Unpickler.load_pop, POP_MARK: Unpickler.load_pop_mark,
    DUP: Unpickler.load_dup, GET: Unpickler.load_get, BINGET: Unpickler.load_binget,
    LONG_BINGET: Unpickler.load_long_binget, PUT: Unpickler.load_put,
    BINPUT: Unpickler.load_binput, LONG_BINPUT: Unpickler.load_long_binput,
    MEMOIZE: Unpickler.load_memoize, APPEND: Unpickler.load_append,
    APPENDS: Unpickler.load_appends, SETITEM: Unpickler.load_setitem,
    SETITEMS: Unpickler.load_setitems, ADDITEMS: Unpickler.load_additems,
    BUILD: Unpickler.load_build, MARK: Unpickler.load_mark, STOP: Unpickler.load_stop,
    NEXT_BUFFER: Unpickler.load_next_buffer, READONLY_BUFFER: Unpickler.load_readonly_buffer,
}.items()}


_PY2_MODULES = {"__builtin__": "builtins", "copy_reg": "copyreg", "Queue": "queue",
                "cPickle": "pickle", "exceptions": "builtins", "UserDict": "collections"}


def _codecs_encode(obj, encoding="utf-8", errors="strict"):
    """What CPython's pickles of bytes under protocols 0-2 call: _codecs.encode."""
    return obj.encode(encoding, errors)


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """The pickled representation of obj as a bytes object."""
    f = _io.BytesIO()
    Pickler(f, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return f.getvalue()


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers, encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """Rebuilds an object from its pickled representation."""
    if isinstance(data, str):
        raise TypeError("Can't load pickle from unicode string")
    return Unpickler(_io.BytesIO(data), fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()
