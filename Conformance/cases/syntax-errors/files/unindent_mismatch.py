# description: dedenting to a column that matches no outer block fails with IndentationError
# features: [syntax]
# expect: syntax-error

print("no output")
if True:
        a = 1
    b = 2
