# description: a failing assert without a message ends the program with a bare AssertionError line
# features: [exceptions, syntax]
# expect: exception AssertionError

def check(values):
    assert all(v >= 0 for v in values)
    return sum(values)

print(check([1, 2, 3]))
print(check([1, -2, 3]))
