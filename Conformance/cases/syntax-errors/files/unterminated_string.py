# description: a single-quoted string literal running to the end of the line fails to compile
# features: [syntax]
# expect: syntax-error

print("no output")
message = "hello world
print(message)
