# description: assigning to a function call fails to compile
# features: [syntax]
# expect: syntax-error

print("no output")
len(x) = 5
