# description: an else clause with no preceding if fails to compile
# features: [syntax]
# expect: syntax-error

print("no output")
x = 1
else:
    x = 2
