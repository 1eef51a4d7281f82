# description: an uncaught exception whose message contains non-ASCII text after non-ASCII output
# features: [exceptions, unicode]
# expect: exception ValueError

names = ["Zoë", "Łukasz", "東京"]
for n in names:
    print("greeting:", n, len(n))
raise ValueError(f"unknown city: {'Zürich'} → {len(names)} known")
