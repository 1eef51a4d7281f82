# description: a function with two parameters of the same name fails to compile
# features: [syntax]
# expect: syntax-error

print("no output")
def f(a, b, a):
    return a
