# description: opcode and dis tables: opname/opmap agree, has* lists, cmp_op, code_info/show_code, pretty flags
# features: [dis]
# expect: output

import dis
import opcode

print(all(dis.opname[number] == name for name, number in dis.opmap.items()))
print(len(dis.opname) >= 256, dis.opname is opcode.opname, dis.opmap is opcode.opmap)
for name in ("LOAD_CONST", "RETURN_VALUE", "JUMP_FORWARD", "JUMP_BACKWARD", "FOR_ITER",
             "POP_JUMP_IF_FALSE", "LOAD_FAST", "LOAD_DEREF", "LOAD_GLOBAL", "COMPARE_OP",
             "EXTENDED_ARG", "CALL", "BINARY_OP", "STORE_NAME"):
    number = dis.opmap[name]
    print(name, number in dis.hasarg, number in dis.hasconst, number in dis.hasname,
          number in dis.hasjump, number in dis.haslocal, number in dis.hasfree,
          number in dis.hascompare)
print(dis.hasjabs, dis.cmp_op)
print(dis.opmap["EXTENDED_ARG"] == dis.EXTENDED_ARG, dis.HAVE_ARGUMENT > 0)
print(opcode.stack_effect(dis.opmap["LOAD_CONST"], 0), opcode.stack_effect(dis.opmap["POP_TOP"]))
print(dis.pretty_flags(3), dis.pretty_flags(0x23), dis.pretty_flags(0))


def h(a, b=1, *args, c, **kw):
    def inner():
        return a
    return inner



def portable(info):
    # The stack size and code object addresses depend on the implementation.
    return "\n".join(line for line in info.replace(__file__, "FILE").splitlines()
                     if not line.startswith("Stack size") and "code object" not in line)


print(portable(dis.code_info(h)))
inner = [c for c in h.__code__.co_consts if hasattr(c, "co_code")][0]
print(portable(dis.Bytecode(inner).info()))
try:
    dis.dis(42)
except TypeError as e:
    print("TypeError:", e)
try:
    dis.code_info(42)
except TypeError as e:
    print("TypeError:", e)
