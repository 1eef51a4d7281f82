# description: print writes its arguments separated by spaces and ends the line
# features: [builtins, str]
# expect: output

print("hello, world")
print("a", "b", 3, sep="-", end="!\n")
print()
print(repr("quotes ' and \""))
