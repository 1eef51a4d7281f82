# description: a Python 2 print statement fails to compile
# features: [syntax]
# expect: syntax-error

print("no output")
print "hello"
