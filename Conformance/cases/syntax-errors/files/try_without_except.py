# description: a try block with neither except nor finally fails to compile
# features: [syntax]
# expect: syntax-error

print("no output")
try:
    x = 1
x = 2
