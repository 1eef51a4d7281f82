# description: strings built by += in loops stay independent when two results extend one common prefix
# features: [builtins, str]
# expect: output
s = ""
for i in range(3000):
    s += str(i % 10)
print(len(s), s[:12], s[-12:], hash(s) == hash(str(s)), s == "".join(str(i % 10) for i in range(3000)))
base = s
left = base + "L"
right = base + "R"
print(left[-3:], right[-3:], left == right, len(left), len(right))
left += "more"
print(left[-6:], right[-2:], base[-2:], len(base))
chain = base
forks = []
for tag in "abc":
    forks.append(chain + tag * 5)
print([f[-6:] for f in forks], [len(f) for f in forks])
d = {}
t = "key"
for i in range(400):
    t += "x"
    d[t] = i
print(len(d), d["key" + "x" * 400], ("key" + "x" * 200) in d)
u = ""
for ch in ["\u00e9", "\U0001F600", "a", "\u4e2d"] * 200:
    u += ch
print(len(u), ascii(u[:5]), u.count("\U0001F600"), u[1:3] == "\U0001F600a", u.find("\u4e2d"))
acc = "start"
snapshots = []
for i in range(1000):
    acc += "-" + str(i)
    if i % 250 == 0:
        snapshots.append(acc)
print([len(x) for x in snapshots], snapshots[1][-8:], acc[-8:], snapshots[0] == "start-0")
prefix = "p" * 600
a = prefix + "1"
b = prefix + "2"
a2 = a + "x"
b2 = b + "y"
print(a2[-3:], b2[-3:], a[-1], b[-1], (a2 + b2).count("p"))
