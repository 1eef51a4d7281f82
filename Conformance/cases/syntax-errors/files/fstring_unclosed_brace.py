# description: an f-string with an unclosed replacement field fails to compile
# features: [syntax]
# expect: syntax-error

print("no output")
name = "x"
s = f"hello {name"
