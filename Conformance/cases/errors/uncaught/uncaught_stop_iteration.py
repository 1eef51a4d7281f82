# description: StopIteration escaping a generator surfaces as an uncaught RuntimeError
# features: [exceptions, generators]
# expect: exception RuntimeError

def first_items(iterables):
    for it in iterables:
        yield next(iter(it))

for item in first_items(["ab", [1, 2], ()]):
    print("first:", item)
