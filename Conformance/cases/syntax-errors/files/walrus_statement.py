# description: an unparenthesized assignment expression as a statement fails to compile
# features: [syntax]
# expect: syntax-error

print("no output")
y := 10
