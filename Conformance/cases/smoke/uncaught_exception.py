# description: an uncaught exception ends the program with exit code 1 after earlier output
# features: [exceptions]
# expect: exception ValueError

def parse(text):
    return int(text)

print("before")
parse("not a number")
print("never printed")
