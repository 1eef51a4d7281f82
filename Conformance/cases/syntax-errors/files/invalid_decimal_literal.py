# description: a number immediately followed by letters fails to compile
# features: [syntax]
# expect: syntax-error

print("no output")
x = 1abc
