# description: an indented line where no block was opened fails with IndentationError
# features: [syntax]
# expect: syntax-error

print("no output")
x = 1
    y = 2
