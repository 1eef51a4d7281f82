# description: Counter +, -, |, &, unary + and -, in-place forms and multiset comparisons drop non-positive counts as documented
# features: [collections]
# min-version: 3.10
# expect: output

from collections import Counter

a = Counter(a=3, b=1, c=-2)
b = Counter(a=1, b=2, d=4)
print("a + b:", a + b)
print("a - b:", a - b)
print("a | b:", a | b)
print("a & b:", a & b)
print("+a:", +a)
print("-a:", -a)
x = Counter(a=1)
x += Counter(a=-5, b=1)
print("+= drops nonpositive:", x)
y = Counter(a=3)
y -= Counter(a=5)
print("-= to empty:", y)
z = Counter(a=1, b=2)
z |= Counter(b=5, c=0)
print("|=:", z)
z &= Counter(b=3)
print("&=:", z)
print("subtract keeps negatives:", Counter(a=1) - Counter(a=2), end=" | ")
s = Counter(a=1); s.subtract(a=2); print(s)
print("eq treats missing as zero:", Counter(a=1, b=0) == Counter(a=1))
print("le:", Counter(a=1) <= Counter(a=2, b=1), Counter(a=3) <= Counter(a=2))
print("lt:", Counter(a=1) < Counter(a=1), Counter(a=1) < Counter(a=1, b=1))
try:
    Counter(a=1) + {"a": 1}
except TypeError as e:
    print("TypeError:", e)
print("sum of counters:", sum([Counter("ab"), Counter("bc")], Counter()))
