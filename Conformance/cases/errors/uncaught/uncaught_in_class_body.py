# description: an exception raised while executing a class body propagates out of the class statement uncaught
# features: [exceptions, classes]
# expect: exception IndexError

class Config:
    defaults = ["a", "b"]
    print("building class body")
    first = defaults[0]
    third = defaults[2]
    print("never")
