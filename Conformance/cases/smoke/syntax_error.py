# description: an unclosed bracket is a SyntaxError before anything runs
# features: [syntax]
# expect: syntax-error

print("this line never runs")
values = [1, 2,
