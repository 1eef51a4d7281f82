# description: an opening parenthesis that is never closed fails to compile
# features: [syntax]
# expect: syntax-error

print("no output")
values = max(1, 2,
             3
total = 4
