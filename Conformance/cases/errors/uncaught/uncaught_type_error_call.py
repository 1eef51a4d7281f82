# description: an uncaught TypeError from calling a function with a missing argument inside a comprehension
# features: [exceptions, functions, comprehensions]
# expect: exception TypeError

def area(w, h):
    return w * h

shapes = [(2, 3), (4, 5), (6,)]
for s in shapes:
    print("area:", area(*s))
