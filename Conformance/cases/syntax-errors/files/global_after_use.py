# description: using a name before declaring it global in the same function fails to compile
# features: [syntax]
# expect: syntax-error

print("no output")
counter = 0
def bump():
    print(counter)
    global counter
    counter += 1
