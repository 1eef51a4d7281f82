# description: a compound statement header without its colon fails to compile (expected ':')
# features: [syntax]
# expect: syntax-error

print("no output: the file never runs")
if True
    print("unreachable")
