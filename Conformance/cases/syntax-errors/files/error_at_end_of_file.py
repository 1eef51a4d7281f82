# description: a syntax error on the last line still prevents the whole file from running
# features: [syntax]
# expect: syntax-error

print("this line would run first if the file compiled")
for i in range(3):
    print(i)
x = (1 +
