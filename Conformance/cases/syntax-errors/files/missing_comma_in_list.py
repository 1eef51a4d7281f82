# description: adjacent expressions in a list display without a comma fail to compile
# features: [syntax]
# expect: syntax-error

print("no output")
values = [1, 2 3, 4]
