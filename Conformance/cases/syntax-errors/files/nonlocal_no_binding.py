# description: nonlocal naming a variable with no enclosing binding fails to compile
# features: [syntax]
# expect: syntax-error

print("no output")
def f():
    def g():
        nonlocal missing
        missing = 1
    return g
