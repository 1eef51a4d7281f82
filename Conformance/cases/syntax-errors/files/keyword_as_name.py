# description: using a keyword as an assignment target fails to compile
# features: [syntax]
# expect: syntax-error

print("no output")
class = "value"
