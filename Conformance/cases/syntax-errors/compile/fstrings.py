# description: compile() messages and positions for malformed f-strings
# features: [syntax, fstrings]
# min-version: 3.12
# expect: output

def check(src, mode="exec"):
    try:
        compile(src, "<s>", mode)
        print(f"{src!r}: compiled")
    except SyntaxError as e:
        print(f"{src!r}: {type(e).__name__}: {e.msg} | line {e.lineno} offset {e.offset}")

check("f\"{\"")
check("f\"{x\"")
check("f\"{x!}\"")
check("f\"{x!q}\"")
check("f\"{}\"")
check("f\"{ }\"")
check("f\"}\"")
check("f\"{x}}\"")
check("f\"{x:{y}\"")
check("f\"{x=!}\"")
check("f\"{lambda x: x}\"")
check("f\"{yield}\"")
check("f\"{*x}\"")
check("f\"{x:}}\"")
check("f\"{a b}\"")
check("f\"{#}\"")
check("f\"{1:{2:{3:{4}}}}\"")
check("f\"{x:=1}\"")
check("f\"{(x:=1)}\"")
check("f\"\"\"{\n}\"\"\"")
