# description: a nonlocal statement at module level fails to compile
# features: [syntax]
# expect: syntax-error

print("no output")
nonlocal x
