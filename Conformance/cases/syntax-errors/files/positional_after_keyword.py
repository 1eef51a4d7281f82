# description: a positional argument after a keyword argument in a call fails to compile
# features: [syntax]
# expect: syntax-error

print("no output")
print(sep="-", "a", "b")
