# description: mixing tabs and spaces inconsistently in one block fails with TabError
# features: [syntax]
# expect: syntax-error

print("no output")
if True:
        a = 1
	b = 2
