# description: yield at module level fails to compile
# features: [syntax]
# expect: syntax-error

print("no output")
x = yield 1
