# description: continue inside a function but outside a loop fails to compile
# features: [syntax]
# expect: syntax-error

print("no output")
def f():
    continue
