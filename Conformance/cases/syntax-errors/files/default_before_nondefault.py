# description: a parameter without a default after one with a default fails to compile
# features: [syntax]
# expect: syntax-error

print("no output")
def f(a=1, b):
    return a + b
