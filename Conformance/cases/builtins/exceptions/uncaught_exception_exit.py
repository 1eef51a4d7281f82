# description: an uncaught exception ends the program with exit code 1 after stdout printed so far is flushed
# features: [builtins, exceptions]
# expect: exception KeyError
print("before the error")
data = {"present": 1}
print("lookup present:", data["present"])
try:
    data["inner"]
except KeyError:
    print("handled once")
data["absent"]
print("never printed")
