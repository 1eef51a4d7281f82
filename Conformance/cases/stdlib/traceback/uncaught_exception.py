# description: an uncaught exception ends the program with exit status 1 after earlier output was flushed, and finally blocks still run
# features: [traceback, exceptions]
# expect: exception ValueError

import sys

def validate(x):
    if x < 0:
        raise ValueError(f"negative input: {x}")
    return x

print("validated:", validate(3))
try:
    validate(-1)
finally:
    print("finally runs before the traceback")
print("never printed")
