# description: uncaught RecursionError from unbounded recursion after normal output
# features: [exceptions, recursion]
# expect: exception RecursionError

def count(n):
    return count(n + 1) + 1

print("starting")
count(0)
