# description: a closing parenthesis with no opening one fails to compile
# features: [syntax]
# expect: syntax-error

print("no output")
x = 1 + 2)
