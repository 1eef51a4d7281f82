# description: a break statement outside any loop fails to compile
# features: [syntax]
# expect: syntax-error

print("no output")
if True:
    break
