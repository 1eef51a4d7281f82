# description: a closing bracket that does not match the opening one fails to compile
# features: [syntax]
# expect: syntax-error

print("no output")
items = [1, 2, 3)
