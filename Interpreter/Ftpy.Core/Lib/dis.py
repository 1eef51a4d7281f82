"""Disassembler of ftpy bytecode, printed in the layout of CPython 3.13's dis.

It reads only what code objects expose: co_code (16-bit code units with EXTENDED_ARG
prefixes and relative jumps), co_positions/co_lines, co_exceptiontable and the name and
constant tuples.
"""

import sys
import types
import collections

from opcode import *
from opcode import __all__ as _opcodes_all
from opcode import (_cache_format, _inline_cache_entries, _nb_ops, _intrinsic_1_descs,
                    _intrinsic_2_descs, _backward_jumps)

__all__ = ["code_info", "dis", "disassemble", "distb", "disco",
           "findlinestarts", "findlabels", "show_code",
           "get_instructions", "Instruction", "Bytecode"] + _opcodes_all
del _opcodes_all

_have_code = (types.MethodType, types.FunctionType, types.CodeType,
              classmethod, staticmethod, type)

CACHE = opmap["CACHE"]
LOAD_CONST = opmap["LOAD_CONST"]
RETURN_CONST = opmap["RETURN_CONST"]
LOAD_GLOBAL = opmap["LOAD_GLOBAL"]
LOAD_ATTR = opmap["LOAD_ATTR"]
LOAD_SUPER_ATTR = opmap["LOAD_SUPER_ATTR"]
BINARY_OP = opmap["BINARY_OP"]
COMPARE_OP = opmap["COMPARE_OP"]
FORMAT_VALUE = opmap["FORMAT_VALUE"]
MAKE_FUNCTION = opmap["MAKE_FUNCTION"]
CALL_INTRINSIC_1 = opmap["CALL_INTRINSIC_1"]
CALL_INTRINSIC_2 = opmap["CALL_INTRINSIC_2"]
FOR_ITER = opmap["FOR_ITER"]
JUMP_BACKWARD = opmap["JUMP_BACKWARD"]
SEND = opmap["SEND"]

FORMAT_VALUE_CONVERTERS = (
    (None, ''),
    (str, 'str'),
    (repr, 'repr'),
    (ascii, 'ascii'),
)
MAKE_FUNCTION_FLAGS = ('defaults', 'kwdefaults', 'annotations', 'closure')

COMPILER_FLAG_NAMES = {
    1: "OPTIMIZED",
    2: "NEWLOCALS",
    4: "VARARGS",
    8: "VARKEYWORDS",
    16: "NESTED",
    32: "GENERATOR",
    64: "NOFREE",
    128: "COROUTINE",
    256: "ITERABLE_COROUTINE",
    512: "ASYNC_GENERATOR",
}

class _TextBuffer:
    """Collects printed text (what io.StringIO would, for print's file=)."""

    def __init__(self):
        self._parts = []

    def write(self, text):
        self._parts.append(text)
        return len(text)

    def getvalue(self):
        return "".join(self._parts)


_NO_LINENO = '  --'
_OPNAME_WIDTH = 20
_OPARG_WIDTH = 5


def _try_compile(source, name):
    """Compiles source as an expression if it is one, else as statements."""
    try:
        return compile(source, name, 'eval')
    except SyntaxError:
        pass
    return compile(source, name, 'exec')


def _unwrap(x):
    if hasattr(x, '__func__'):
        x = x.__func__
    if hasattr(x, '__code__'):
        x = x.__code__
    elif hasattr(x, 'gi_code'):
        x = x.gi_code
    elif hasattr(x, 'ag_code'):
        x = x.ag_code
    elif hasattr(x, 'cr_code'):
        x = x.cr_code
    return x


def _get_code_object(x):
    """The code object of a function, method, generator or source string."""
    x = _unwrap(x)
    if isinstance(x, str):
        x = _try_compile(x, "<disassembly>")
    if hasattr(x, 'co_code'):
        return x
    raise TypeError("don't know how to disassemble %s objects" %
                    type(x).__name__)


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False,
        show_offsets=False):
    """Disassembles classes, methods, functions, generators, code objects and source
    strings; with no argument, the last traceback."""
    if x is None:
        distb(file=file, show_caches=show_caches, adaptive=adaptive,
              show_offsets=show_offsets)
        return
    x = _unwrap(x)
    if hasattr(x, '__dict__'):
        for name, x1 in sorted(x.__dict__.items()):
            if isinstance(x1, _have_code):
                print("Disassembly of %s:" % name, file=file)
                try:
                    dis(x1, file=file, depth=depth, show_caches=show_caches,
                        adaptive=adaptive, show_offsets=show_offsets)
                except TypeError as msg:
                    print("Sorry:", msg, file=file)
                print(file=file)
    elif hasattr(x, 'co_code'):
        _disassemble_recursive(x, file=file, depth=depth, show_caches=show_caches,
                               adaptive=adaptive, show_offsets=show_offsets)
    elif isinstance(x, (bytes, bytearray)):
        _disassemble_bytes(x, file=file, show_caches=show_caches,
                           show_offsets=show_offsets)
    elif isinstance(x, str):
        _disassemble_recursive(_try_compile(x, "<dis>"), file=file, depth=depth,
                               show_caches=show_caches, adaptive=adaptive,
                               show_offsets=show_offsets)
    else:
        raise TypeError("don't know how to disassemble %s objects" %
                        type(x).__name__)


def distb(tb=None, *, file=None, show_caches=False, adaptive=False, show_offsets=False):
    """Disassembles a traceback (the last one by default), marking the failing instruction."""
    if tb is None:
        exc = getattr(sys, 'last_exc', None)
        if exc is not None:
            tb = exc.__traceback__
        else:
            tb = getattr(sys, 'last_traceback', None)
        if tb is None:
            raise RuntimeError("no last traceback to disassemble")
    while tb.tb_next:
        tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file, show_caches=show_caches,
                adaptive=adaptive, show_offsets=show_offsets)


def pretty_flags(flags):
    """The names of the bits set in co_flags, comma-separated."""
    names = []
    for i in range(32):
        flag = 1 << i
        if flags & flag:
            names.append(COMPILER_FLAG_NAMES.get(flag, hex(flag)))
            flags ^= flag
            if not flags:
                break
    else:
        names.append(hex(flags))
    return ", ".join(names)


def code_info(x):
    """A formatted description of a code object: names, counts, flags, constants."""
    return _format_code_info(_get_code_object(x))


def _format_code_info(co):
    lines = []
    lines.append("Name:              %s" % co.co_name)
    lines.append("Filename:          %s" % co.co_filename)
    lines.append("Argument count:    %s" % co.co_argcount)
    lines.append("Positional-only arguments: %s" % co.co_posonlyargcount)
    lines.append("Kw-only arguments: %s" % co.co_kwonlyargcount)
    lines.append("Number of locals:  %s" % co.co_nlocals)
    lines.append("Stack size:        %s" % co.co_stacksize)
    lines.append("Flags:             %s" % pretty_flags(co.co_flags))
    if co.co_consts:
        lines.append("Constants:")
        for i, c in enumerate(co.co_consts):
            lines.append("%4d: %r" % (i, c))
    if co.co_names:
        lines.append("Names:")
        for i, n in enumerate(co.co_names):
            lines.append("%4d: %s" % (i, n))
    if co.co_varnames:
        lines.append("Variable names:")
        for i, n in enumerate(co.co_varnames):
            lines.append("%4d: %s" % (i, n))
    if co.co_freevars:
        lines.append("Free variables:")
        for i, n in enumerate(co.co_freevars):
            lines.append("%4d: %s" % (i, n))
    if co.co_cellvars:
        lines.append("Cell variables:")
        for i, n in enumerate(co.co_cellvars):
            lines.append("%4d: %s" % (i, n))
    return "\n".join(lines)


def show_code(co, *, file=None):
    """Prints code_info(co)."""
    print(code_info(co), file=file)


Positions = collections.namedtuple(
    'Positions',
    ['lineno', 'end_lineno', 'col_offset', 'end_col_offset'],
    defaults=[None] * 4,
)

_Instruction = collections.namedtuple(
    "_Instruction",
    ['opname', 'opcode', 'arg', 'argval', 'argrepr', 'offset', 'start_offset',
     'starts_line', 'line_number', 'label', 'positions', 'cache_info'],
    defaults=[None, None, None],
)

_ExceptionTableEntry = collections.namedtuple(
    "_ExceptionTableEntry", "start end target depth lasti")


class Instruction(_Instruction):
    """Details of one bytecode instruction.

    opname, opcode, arg (None when it takes none), argval (the resolved argument),
    argrepr (its text), offset, start_offset (including EXTENDED_ARG prefixes),
    starts_line, line_number, label, positions and cache_info.
    """

    __slots__ = ()

    @property
    def oparg(self):
        return self.arg

    @property
    def baseopcode(self):
        return self.opcode

    @property
    def baseopname(self):
        return self.opname

    @property
    def cache_offset(self):
        """Offset of the first inline-cache unit."""
        return self.offset + 2

    @property
    def end_offset(self):
        """Offset just past the instruction and its caches."""
        return self.offset + 2 + 2 * _inline_cache_entries[self.opcode]

    @property
    def jump_target(self):
        """Offset the instruction jumps to, or None."""
        return _get_jump_target(self.opcode, self.arg, self.offset)

    @property
    def is_jump_target(self):
        return self.label is not None

    @staticmethod
    def make(opname, arg, argval, argrepr, offset, start_offset, starts_line,
             line_number, label=None, positions=None, cache_info=None):
        return Instruction(opname, opmap[opname], arg, argval, argrepr, offset,
                           start_offset, starts_line, line_number, label,
                           positions, cache_info)

    def __str__(self):
        output = _TextBuffer()
        Formatter(file=output).print_instruction(self, False)
        return output.getvalue()


class Formatter:
    """Prints instructions in columns: line, label, offset, marker, name, argument."""

    def __init__(self, file=None, lineno_width=0, offset_width=0, label_width=0,
                 line_offset=0, show_caches=False):
        self.file = file
        self.lineno_width = lineno_width
        self.offset_width = offset_width
        self.label_width = label_width
        self.show_caches = show_caches

    def print_instruction(self, instr, mark_as_current=False):
        self.print_instruction_line(instr, mark_as_current)
        if self.show_caches and instr.cache_info:
            offset = instr.offset
            for name, size, data in instr.cache_info:
                for i in range(size):
                    offset += 2
                    argrepr = f"{name}: {int.from_bytes(data, sys.byteorder)}" if i == 0 else ""
                    self.print_instruction_line(
                        Instruction("CACHE", CACHE, 0, None, argrepr, offset, offset,
                                    False, None, None, instr.positions),
                        False)

    def print_instruction_line(self, instr, mark_as_current):
        lineno_width = self.lineno_width
        if lineno_width > 0 and instr.starts_line and instr.offset > 0:
            print(file=self.file)
        columns = []
        if lineno_width:
            if instr.starts_line:
                if instr.line_number is None:
                    columns.append(_NO_LINENO.rjust(lineno_width))
                else:
                    columns.append(str(instr.line_number).rjust(lineno_width))
            else:
                columns.append(' ' * lineno_width)
        if instr.label is not None:
            columns.append(f"L{instr.label}:".rjust(self.label_width))
        else:
            columns.append(' ' * self.label_width)
        if self.offset_width > 0:
            columns.append(repr(instr.offset).rjust(self.offset_width) + "  ")
        columns.append('-->' if mark_as_current else '   ')
        columns.append(instr.opname.ljust(_OPNAME_WIDTH))
        if instr.arg is not None:
            # A long name may use some of the argument column.
            overflow = max(0, len(instr.opname) - _OPNAME_WIDTH)
            columns.append(repr(instr.arg).rjust(_OPARG_WIDTH - overflow))
            if instr.argrepr:
                columns.append('(' + instr.argrepr + ')')
        print(' '.join(columns).rstrip(), file=self.file)

    def print_exception_table(self, exception_entries, labels_map):
        if not exception_entries:
            return
        print("ExceptionTable:", file=self.file)
        for entry in exception_entries:
            lasti = " lasti" if entry.lasti else ""
            start = labels_map[entry.start]
            end = labels_map[entry.end]
            target = labels_map[entry.target]
            print(f"  L{start} to L{end} -> L{target} [{entry.depth}]{lasti}",
                  file=self.file)


class ArgResolver:
    """Turns an oparg into (argval, argrepr) using the code object's tables."""

    def __init__(self, co_consts=None, names=None, varname_from_oparg=None,
                 labels_map=None):
        self.co_consts = co_consts
        self.names = names
        self.varname_from_oparg = varname_from_oparg
        self.labels_map = labels_map or {}

    def offset_from_jump_arg(self, op, arg, offset):
        return _get_jump_target(op, arg, offset)

    def get_label_for_offset(self, offset):
        return self.labels_map.get(offset, None)

    def get_argval_argrepr(self, op, arg, offset):
        if arg is None:
            return None, ''
        argval, argrepr = arg, ''
        if op in hasconst:
            if self.co_consts is not None:
                argval = self.co_consts[arg]
                argrepr = repr(argval)
        elif op in hasname:
            if self.names is not None:
                if op == LOAD_GLOBAL:
                    argval = self.names[arg >> 1]
                    argrepr = argval + (" + NULL" if arg & 1 else "")
                elif op == LOAD_ATTR:
                    argval = self.names[arg >> 1]
                    argrepr = argval + (" + NULL|self" if arg & 1 else "")
                elif op == LOAD_SUPER_ATTR:
                    argval = self.names[arg >> 2]
                    argrepr = argval + (" + NULL|self" if arg & 1 else "")
                else:
                    argval = self.names[arg]
                    argrepr = argval
        elif op in hasjump:
            argval = self.offset_from_jump_arg(op, arg, offset)
            label = self.get_label_for_offset(argval)
            argrepr = f"to L{label}" if label is not None else f"to {argval}"
        elif op in haslocal or op in hasfree:
            if self.varname_from_oparg is not None:
                argval = self.varname_from_oparg(arg)
                argrepr = argval
        elif op == FORMAT_VALUE:
            argval, argrepr = FORMAT_VALUE_CONVERTERS[arg & 0x3]
            argval = (argval, bool(arg & 0x4))
            if argval[1]:
                if argrepr:
                    argrepr += ', '
                argrepr += 'with format'
        elif op == MAKE_FUNCTION:
            argrepr = ', '.join(name for i, name in enumerate(MAKE_FUNCTION_FLAGS)
                                if arg & (1 << i))
        elif op == BINARY_OP:
            if 0 <= arg < len(_nb_ops):
                argrepr = _nb_ops[arg][1]
        elif op == COMPARE_OP:
            index = arg >> 4
            if 0 <= index < len(cmp_op):
                argval = cmp_op[index]
                argrepr = argval
        elif op == CALL_INTRINSIC_1:
            if 0 <= arg < len(_intrinsic_1_descs):
                argrepr = _intrinsic_1_descs[arg]
        elif op == CALL_INTRINSIC_2:
            if 0 <= arg < len(_intrinsic_2_descs):
                argrepr = _intrinsic_2_descs[arg]
        return argval, argrepr


def _get_jump_target(op, arg, offset):
    """Offset a jump instruction at offset goes to, or None for other instructions."""
    if op not in hasjrel or arg is None:
        return None
    if op in _backward_jumps:
        arg = -arg
    return offset + 2 + 2 * _inline_cache_entries[op] + 2 * arg


def _parse_varint(data, i):
    b = data[i]
    value = b & 63
    while b & 64:
        i += 1
        b = data[i]
        value = (value << 6) | (b & 63)
    return value, i + 1


def _parse_exception_table(code):
    table = code.co_exceptiontable
    entries = []
    i = 0
    while i < len(table):
        start, i = _parse_varint(table, i)
        length, i = _parse_varint(table, i)
        target, i = _parse_varint(table, i)
        depth_lasti, i = _parse_varint(table, i)
        entries.append(_ExceptionTableEntry(start * 2, (start + length) * 2, target * 2,
                                            depth_lasti >> 1, bool(depth_lasti & 1)))
    return entries


def _unpack_opargs(code):
    """Yields (offset, start_offset, opcode, arg) for each instruction, skipping caches."""
    extended_arg = 0
    prefixes = 0
    caches = 0
    for i in range(0, len(code), 2):
        if caches:
            caches -= 1
            continue
        op = code[i]
        caches = _inline_cache_entries[op]
        if op >= HAVE_ARGUMENT:
            arg = code[i + 1] | extended_arg
            extended_arg = (arg << 8) if op == EXTENDED_ARG else 0
        else:
            arg = None
            extended_arg = 0
        if op == EXTENDED_ARG:
            prefixes += 1
            yield (i, i, op, arg)
        else:
            yield (i, i - 2 * prefixes, op, arg)
            prefixes = 0


def findlabels(code):
    """Offsets that jumps in the byte string code go to, in order of first appearance."""
    labels = []
    for offset, _, op, arg in _unpack_opargs(code):
        if arg is not None:
            target = _get_jump_target(op, arg, offset)
            if target is not None and target not in labels:
                labels.append(target)
    return labels


def findlinestarts(code):
    """Yields (offset, line) where the line number changes (None is a line too)."""
    lastline = False
    for start, end, line in code.co_lines():
        if line != lastline or type(line) is not type(lastline):
            lastline = line
            yield start, line


def _make_labels_map(code, exception_entries=()):
    labels = set(findlabels(code))
    for entry in exception_entries:
        labels.add(entry.start)
        labels.add(entry.end)
        labels.add(entry.target)
    return {offset: i + 1 for i, offset in enumerate(sorted(labels))}


def _get_lineno_width(linestarts):
    if linestarts is None:
        return 0
    # Line 0 (a module's RESUME) does not count: with no other line the column is left out.
    numbers = [line for line in linestarts.values() if line]
    if not numbers:
        return 0
    width = max(3, len(str(max(numbers))))
    if None in linestarts.values() and width < len(_NO_LINENO):
        width = len(_NO_LINENO)
    return width


def _get_cache_info(code, op, offset):
    fields = _cache_format.get(opname[op])
    if not fields:
        return None
    info = []
    at = offset + 2
    for name, size in fields.items():
        info.append((name, size, bytes(code[at:at + 2 * size])))
        at += 2 * size
    return info


def _get_instructions_bytes(code, linestarts=None, line_offset=0, co_positions=None,
                            original_code=None, arg_resolver=None):
    original_code = original_code or code
    co_positions = co_positions or iter(())
    starts_line = False
    line_number = None
    for offset, start_offset, op, arg in _unpack_opargs(code):
        if linestarts is not None:
            starts_line = offset in linestarts
            if starts_line:
                line_number = linestarts[offset]
                if line_number is not None:
                    line_number += line_offset
        positions = Positions(*next(co_positions, ()))
        if arg_resolver is not None:
            argval, argrepr = arg_resolver.get_argval_argrepr(op, arg, offset)
            label = arg_resolver.get_label_for_offset(offset)
        else:
            argval, argrepr = (arg, repr(arg)) if arg is not None else (None, '')
            label = None
        cache_info = _get_cache_info(original_code, op, offset)
        yield Instruction(opname[op], op, arg, argval, argrepr, offset, start_offset,
                          starts_line, line_number, label, positions, cache_info)
        for _ in range(_inline_cache_entries[op]):
            next(co_positions, ())


def get_instructions(x, *, first_line=None, show_caches=None, adaptive=False):
    """An iterator of the Instructions of a function, method, code object or source."""
    co = _get_code_object(x)
    linestarts = dict(findlinestarts(co))
    line_offset = first_line - co.co_firstlineno if first_line is not None else 0
    labels_map = _make_labels_map(co.co_code)
    resolver = ArgResolver(co.co_consts, co.co_names, co._varname_from_oparg, labels_map)
    return _get_instructions_bytes(co.co_code, linestarts, line_offset,
                                   co.co_positions(), co.co_code, resolver)


def _disassemble_bytes(code, lasti=-1, linestarts=None, *, line_offset=0,
                       exception_entries=(), co_positions=None, original_code=None,
                       arg_resolver=None, formatter=None, file=None, show_caches=False,
                       show_offsets=False, labels_map=None):
    if labels_map is None:
        labels_map = _make_labels_map(code, exception_entries)
    if formatter is None:
        formatter = Formatter(
            file=file,
            lineno_width=_get_lineno_width(linestarts),
            offset_width=len(str(max(len(code) - 2, 9999))) if show_offsets else 0,
            label_width=4 + len(str(len(labels_map))),
            show_caches=show_caches)
    if arg_resolver is None:
        arg_resolver = ArgResolver(labels_map=labels_map)
    for instr in _get_instructions_bytes(code, linestarts, line_offset, co_positions,
                                         original_code, arg_resolver):
        formatter.print_instruction(instr, instr.offset == lasti)
    formatter.print_exception_table(exception_entries, labels_map)


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False,
                show_offsets=False):
    """Disassembles one code object, marking the instruction at lasti with -->."""
    _disassemble_code(co, lasti, file=file, show_caches=show_caches,
                      show_offsets=show_offsets)


disco = disassemble


def _disassemble_code(co, lasti=-1, *, file=None, show_caches=False, show_offsets=False,
                      line_offset=0):
    code = co.co_code
    linestarts = dict(findlinestarts(co))
    exception_entries = _parse_exception_table(co)
    labels_map = _make_labels_map(code, exception_entries)
    resolver = ArgResolver(co.co_consts, co.co_names, co._varname_from_oparg, labels_map)
    _disassemble_bytes(code, lasti, linestarts, line_offset=line_offset,
                       exception_entries=exception_entries,
                       co_positions=co.co_positions(), original_code=code,
                       arg_resolver=resolver, file=file, show_caches=show_caches,
                       show_offsets=show_offsets, labels_map=labels_map)


def _disassemble_recursive(co, *, file=None, depth=None, show_caches=False,
                           adaptive=False, show_offsets=False):
    disassemble(co, file=file, show_caches=show_caches, show_offsets=show_offsets)
    if depth is None or depth > 0:
        if depth is not None:
            depth = depth - 1
        for x in co.co_consts:
            if hasattr(x, 'co_code'):
                print(file=file)
                print("Disassembly of %r:" % (x,), file=file)
                _disassemble_recursive(x, file=file, depth=depth,
                                       show_caches=show_caches, adaptive=adaptive,
                                       show_offsets=show_offsets)


class Bytecode:
    """The bytecode of a function, method, code object or source string: iterate it for
    Instructions, or call dis() for the disassembly as a string."""

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False,
                 adaptive=False, show_offsets=False):
        self.codeobj = co = _get_code_object(x)
        if first_line is None:
            self.first_line = co.co_firstlineno
            self._line_offset = 0
        else:
            self.first_line = first_line
            self._line_offset = first_line - co.co_firstlineno
        self._linestarts = dict(findlinestarts(co))
        self._original_object = x
        self.current_offset = current_offset
        self.exception_entries = _parse_exception_table(co)
        self.show_caches = show_caches
        self.adaptive = adaptive
        self.show_offsets = show_offsets

    def __iter__(self):
        co = self.codeobj
        labels_map = _make_labels_map(co.co_code, self.exception_entries)
        resolver = ArgResolver(co.co_consts, co.co_names, co._varname_from_oparg, labels_map)
        return _get_instructions_bytes(co.co_code, self._linestarts, self._line_offset,
                                       co.co_positions(), co.co_code, resolver)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self._original_object)

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        """A Bytecode for the innermost frame of a traceback, marking where it stopped."""
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti,
                   show_caches=show_caches, adaptive=adaptive)

    def info(self):
        """code_info() of the code object."""
        return _format_code_info(self.codeobj)

    def dis(self):
        """The disassembly as a string."""
        co = self.codeobj
        offset = self.current_offset if self.current_offset is not None else -1
        output = _TextBuffer()
        _disassemble_code(co, offset, file=output, show_caches=self.show_caches,
                          show_offsets=self.show_offsets,
                          line_offset=self._line_offset)
        return output.getvalue()


def main(args=None):
    import argparse
    parser = argparse.ArgumentParser()
    parser.add_argument('-C', '--show-caches', action='store_true')
    parser.add_argument('-O', '--show-offsets', action='store_true')
    parser.add_argument('infile', nargs='?', default='-')
    args = parser.parse_args(args=args)
    if args.infile == '-':
        name = '<stdin>'
        source = sys.stdin.buffer.read()
    else:
        name = args.infile
        with open(args.infile, 'rb') as infile:
            source = infile.read()
    code = compile(source, name, "exec")
    dis(code, show_caches=args.show_caches, show_offsets=args.show_offsets)


if __name__ == "__main__":
    main()
