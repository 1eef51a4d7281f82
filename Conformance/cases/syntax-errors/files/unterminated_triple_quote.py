# description: a triple-quoted string that is never closed fails to compile
# features: [syntax]
# expect: syntax-error

print("no output")
doc = """starts here
and never ends

