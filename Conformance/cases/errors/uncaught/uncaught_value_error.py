# description: an uncaught ValueError ends the program with exit code 1 after earlier output was flushed
# features: [exceptions]
# expect: exception ValueError

print("before the error")
values = [int(s) for s in ["1", "2"]]
print("parsed:", values)
int("not a number")
print("never printed")
