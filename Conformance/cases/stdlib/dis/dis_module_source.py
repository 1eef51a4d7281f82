# description: dis.dis of simple module-level sources, compiled the same way everywhere: columns, line numbers, arguments
# features: [dis]
# expect: output

import dis

for source in [
    "x = 1",
    "a\na\na\n",
    "import a.b as c\nfrom d import e\n",
    "x = y\ndel x\n",
    "\n" * 120 + "x = 1\n",
    "",
]:
    print("---", repr(source[-20:]))
    dis.dis(source)

print("--- Bytecode.dis")
print(dis.Bytecode("y = z").dis(), end="")
print(repr(dis.Bytecode("y = z")))
print("--- show_offsets")
dis.dis("p = q", show_offsets=True)
