# description: deleting a function call fails to compile
# features: [syntax]
# expect: syntax-error

print("no output")
del f()
