# description: assigning to a literal fails to compile
# features: [syntax]
# expect: syntax-error

print("no output")
1 = x
