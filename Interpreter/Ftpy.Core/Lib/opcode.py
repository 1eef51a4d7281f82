"""The instruction set of ftpy's bytecode, for the dis module.

Names, numbers and inline-cache counts come from the interpreter (the _opcode module),
so they always agree with the compiler and the VM. The numbering follows CPython 3.12.
"""

import _opcode
from _opcode import stack_effect

__all__ = ["cmp_op", "stack_effect", "hascompare", "opname", "opmap",
           "HAVE_ARGUMENT", "EXTENDED_ARG", "hasarg", "hasconst", "hasname",
           "hasjump", "hasjrel", "hasjabs", "hasfree", "haslocal", "hasexc"]

cmp_op = ('<', '<=', '==', '!=', '>', '>=')

opmap = dict(sorted(_opcode.opmap.items(), key=lambda item: item[1]))
opmap['EXTENDED_ARG'] = _opcode.EXTENDED_ARG

opname = ['<%r>' % (number,) for number in range(256)]
for _name, _number in opmap.items():
    opname[_number] = _name

HAVE_ARGUMENT = _opcode.HAVE_ARGUMENT
EXTENDED_ARG = opmap['EXTENDED_ARG']
# This interpreter has no instrumented opcodes.
MIN_INSTRUMENTED_OPCODE = 256


def _numbers(*names):
    return sorted(opmap[name] for name in names if name in opmap)


hasarg = sorted(number for number in opmap.values() if number >= HAVE_ARGUMENT)
hasconst = _numbers('LOAD_CONST', 'RETURN_CONST', 'KW_NAMES')
hasname = _numbers('STORE_NAME', 'DELETE_NAME', 'STORE_ATTR', 'DELETE_ATTR',
                   'STORE_GLOBAL', 'DELETE_GLOBAL', 'LOAD_NAME', 'LOAD_ATTR',
                   'IMPORT_NAME', 'IMPORT_FROM', 'LOAD_GLOBAL', 'LOAD_SUPER_ATTR',
                   'LOAD_FROM_DICT_OR_GLOBALS')
hasjrel = _numbers('FOR_ITER', 'JUMP_FORWARD', 'POP_JUMP_IF_FALSE', 'POP_JUMP_IF_TRUE',
                   'POP_JUMP_IF_NONE', 'POP_JUMP_IF_NOT_NONE', 'SEND',
                   'JUMP_BACKWARD', 'JUMP_BACKWARD_NO_INTERRUPT')
hasjabs = []
hasjump = list(hasjrel)
haslocal = _numbers('LOAD_FAST', 'STORE_FAST', 'DELETE_FAST', 'LOAD_FAST_CHECK',
                    'LOAD_FAST_AND_CLEAR')
hasfree = _numbers('MAKE_CELL', 'LOAD_CLOSURE', 'LOAD_DEREF', 'STORE_DEREF',
                   'DELETE_DEREF', 'LOAD_FROM_DICT_OR_DEREF')
hascompare = _numbers('COMPARE_OP')
# The exception-handler pseudo-instructions never reach a code object here.
hasexc = []

_backward_jumps = frozenset(_numbers('JUMP_BACKWARD', 'JUMP_BACKWARD_NO_INTERRUPT'))

_nb_ops = [
    ("NB_ADD", "+"), ("NB_AND", "&"), ("NB_FLOOR_DIVIDE", "//"), ("NB_LSHIFT", "<<"),
    ("NB_MATRIX_MULTIPLY", "@"), ("NB_MULTIPLY", "*"), ("NB_REMAINDER", "%"),
    ("NB_OR", "|"), ("NB_POWER", "**"), ("NB_RSHIFT", ">>"), ("NB_SUBTRACT", "-"),
    ("NB_TRUE_DIVIDE", "/"), ("NB_XOR", "^"),
    ("NB_INPLACE_ADD", "+="), ("NB_INPLACE_AND", "&="), ("NB_INPLACE_FLOOR_DIVIDE", "//="),
    ("NB_INPLACE_LSHIFT", "<<="), ("NB_INPLACE_MATRIX_MULTIPLY", "@="),
    ("NB_INPLACE_MULTIPLY", "*="), ("NB_INPLACE_REMAINDER", "%="), ("NB_INPLACE_OR", "|="),
    ("NB_INPLACE_POWER", "**="), ("NB_INPLACE_RSHIFT", ">>="),
    ("NB_INPLACE_SUBTRACT", "-="), ("NB_INPLACE_TRUE_DIVIDE", "/="), ("NB_INPLACE_XOR", "^="),
]

_intrinsic_1_descs = [
    'INTRINSIC_1_INVALID', 'INTRINSIC_PRINT', 'INTRINSIC_IMPORT_STAR',
    'INTRINSIC_STOPITERATION_ERROR', 'INTRINSIC_ASYNC_GEN_WRAP', 'INTRINSIC_UNARY_POSITIVE',
    'INTRINSIC_LIST_TO_TUPLE', 'INTRINSIC_TYPEVAR', 'INTRINSIC_PARAMSPEC',
    'INTRINSIC_TYPEVARTUPLE', 'INTRINSIC_SUBSCRIPT_GENERIC', 'INTRINSIC_TYPEALIAS',
]
_intrinsic_2_descs = [
    'INTRINSIC_2_INVALID', 'INTRINSIC_PREP_RERAISE_STAR', 'INTRINSIC_TYPEVAR_WITH_BOUND',
    'INTRINSIC_TYPEVAR_WITH_CONSTRAINTS', 'INTRINSIC_SET_FUNCTION_TYPE_PARAMS',
]

# What each inline-cache word of an instruction holds: name -> number of words.
_cache_format = {
    "LOAD_GLOBAL": {"counter": 1, "index": 1, "module_keys_version": 1, "builtin_keys_version": 1},
    "BINARY_OP": {"counter": 1},
    "UNPACK_SEQUENCE": {"counter": 1},
    "COMPARE_OP": {"counter": 1},
    "BINARY_SUBSCR": {"counter": 1},
    "FOR_ITER": {"counter": 1},
    "LOAD_SUPER_ATTR": {"counter": 1},
    "LOAD_ATTR": {"counter": 1, "version": 2, "keys_version": 2, "descr": 4},
    "STORE_ATTR": {"counter": 1, "version": 2, "index": 1},
    "CALL": {"counter": 1, "func_version": 2},
    "STORE_SUBSCR": {"counter": 1},
    "SEND": {"counter": 1},
}

_inline_cache_entries = [0] * 256
for _name, _count in _opcode.cache_entries.items():
    _inline_cache_entries[opmap[_name]] = _count

del _name, _number, _count
