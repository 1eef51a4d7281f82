# description: a starred expression used as a plain value fails to compile
# features: [syntax]
# expect: syntax-error

print("no output")
x = *[1, 2]
