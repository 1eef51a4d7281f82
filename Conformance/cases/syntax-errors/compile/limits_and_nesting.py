# description: compile() limits: nested parentheses, statically nested blocks and indentation depth
# features: [syntax]
# min-version: 3.13
# expect: output

def check(label, src, mode="exec"):
    try:
        compile(src, "<s>", mode)
        print(f"{label}: compiled")
    except SyntaxError as e:
        print(f"{label}: {type(e).__name__}: {e.msg} | line {e.lineno} offset {e.offset}")

def nested(header, n):
    return "".join("    " * i + header % i + "\n" for i in range(n)) + "    " * n + "pass\n"

check("150 parentheses", "(" * 150 + ")" * 150, "eval")
check("200 parentheses", "(" * 200 + ")" * 200, "eval")
check("201 parentheses", "(" * 201 + ")" * 201, "eval")
check("201 brackets", "[" * 201 + "]" * 201, "eval")
check("mixed 201", "([{" * 67 + "}])" * 67, "eval")
check("20 nested for", nested("for x%d in y:", 20))
check("22 nested for", nested("for x%d in y:", 22))
check("22 nested while", nested("while x%d:", 22))
check("22 nested try", "".join("    " * i + "try:\n" for i in range(22)) + "    " * 22 + "pass\n" +
      "".join("    " * i + "finally:\n" + "    " * (i + 1) + "pass\n" for i in reversed(range(22))))
check("30 nested if (not loops)", nested("if x%d:", 30))
check("50 nested def", nested("def f%d():", 50))
check("100 indentation levels", nested("if x%d:", 100))
