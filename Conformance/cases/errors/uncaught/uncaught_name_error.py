# description: an uncaught NameError for a misspelled name at module level
# features: [exceptions, scoping]
# expect: exception NameError

total = 0
for i in range(3):
    total += i
print("total:", total)
print("average:", totl / 3)
