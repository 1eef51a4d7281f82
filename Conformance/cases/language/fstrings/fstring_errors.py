# description: f-string compile-time errors and runtime errors raised from replacement fields
# features: [fstrings, exceptions]
# min-version: 3.12
# expect: output

sources = [
    'f"{}"',
    'f"{x!z}"',
    'f"{x"',
    'f"}"',
    'f"{x:{y:{z}}}"' ,
    'f"{!r}"',
    'f"{x!}"',
]
for src in sources:
    try:
        compile(src, "<s>", "eval")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), "->", e.msg)

# runtime errors inside fields propagate unchanged
try:
    f"{1 / 0}"
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    f"{undefined_name}"
except NameError as e:
    print("NameError:", e)
try:
    f"{'s':d}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{3.5:x}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{object():>10}"
except TypeError as e:
    print("TypeError:", e)

# fields are evaluated left to right, each once
log = []
def v(x):
    log.append(x)
    return x
f"{v(1)}{v(2)}{v(3):{v(4)}}"
print("evaluation order:", log)
