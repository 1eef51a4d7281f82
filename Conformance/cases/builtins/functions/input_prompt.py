# description: input(prompt) writes the prompt to stdout without newline; prompt is str() of any object
# features: [builtins, str]
# stdin: "42\nabc\n"
# expect: output
n = int(input("number? "))
print("| got", n * 2)
s = input(123)
print("| got", s.upper())
try:
    input("a", "b")
except TypeError as e:
    print("two args ! TypeError:", e)
try:
    input("end? ")
except EOFError:
    print("| EOF after prompt")
