# description: an exception raised inside a generator propagates to the consumer and ends the program
# features: [exceptions, generators]
# expect: exception ZeroDivisionError

def ratios(values):
    for v in values:
        yield 10 / v

for r in ratios([1, 2, 5, 0, 10]):
    print("ratio:", r)
