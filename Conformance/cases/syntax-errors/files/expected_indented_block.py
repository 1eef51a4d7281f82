# description: a block header followed by an unindented line fails with IndentationError
# features: [syntax]
# expect: syntax-error

print("no output")
def f():
return 1
