# description: dis.get_instructions and Bytecode: argument values, line starts, jump targets landing on labelled instructions, exception table labels
# features: [dis, functions]
# expect: output

import dis


def f(a, b):
    for i in range(a):
        if i > b:
            print(i, sep='')
    try:
        return a.x
    except KeyError as e:
        return 1
    return None


def g(x):
    total = 0
    while x:
        x -= 1
        total += x
    return total


def consts_and_names(code):
    out = []
    for ins in dis.get_instructions(code):
        if ins.opname in ("LOAD_CONST", "RETURN_CONST", "LOAD_GLOBAL", "LOAD_ATTR",
                          "STORE_NAME", "LOAD_NAME", "IMPORT_NAME"):
            if not isinstance(ins.argval, tuple):
                out.append((ins.opname, ins.argval))
    return out


print(consts_and_names(f))
print(consts_and_names("import os\nx = os.path"))
print(sorted(set(ins.argval for ins in dis.get_instructions(f) if ins.opname == "STORE_FAST")))

for func in (f, g):
    instructions = list(dis.Bytecode(func))
    offsets = {ins.offset for ins in instructions}
    labelled = {ins.offset for ins in instructions if ins.label is not None}
    jumps = [ins for ins in instructions if ins.opcode in dis.hasjump]
    print(func.__name__, "jumps:", len(jumps) > 0,
          "targets are instructions:", all(j.argval in offsets for j in jumps),
          "targets are labelled:", all(j.argval in labelled for j in jumps),
          "argrepr names the label:", all(j.argrepr.startswith("to L") for j in jumps),
          "jump_target agrees:", all(j.jump_target == j.argval for j in jumps))
    print("  starts:", [ins.line_number for ins in instructions if ins.starts_line and ins.line_number is not None][:1],
          "lines within function:", all(ins.line_number is None or func.__code__.co_firstlineno <= ins.line_number <= func.__code__.co_firstlineno + 8 for ins in instructions))
    entries = dis.Bytecode(func).exception_entries
    print("  exception entries:", len(entries) > 0,
          "targets are instructions:", all(e.target in offsets for e in entries),
          "depth and lasti:", sorted({(e.depth, e.lasti) for e in entries})[:1])

lines = dis.findlinestarts(g.__code__)
print(type(lines).__name__, [line for _, line in lines if line is not None][:2])
first = next(iter(dis.Bytecode(g)))
print(first.opname, first.offset, first.start_offset, first.starts_line, first.line_number, first.positions.lineno)
print(type(first).__name__, first._fields)
print(dis.Instruction._fields)
print(dis.Positions._fields)
