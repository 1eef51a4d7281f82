# description: a return statement at module level fails to compile
# features: [syntax]
# expect: syntax-error

print("no output")
return 5
