# description: break and continue only affect the innermost loop; flags and else to exit outer loops
# features: [control-flow]
# expect: output

grid = [[1, 2, 3], [4, -1, 6], [7, 8, 9]]

# find first negative using for-else to break out of both loops
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v < 0:
            break
    else:
        continue
    break
print("negative at:", r, c)

# continue in the inner loop
sums = []
for row in grid:
    s = 0
    for v in row:
        if v % 2 == 0:
            continue
        s += v
    sums.append(s)
print("odd sums:", sums)

# break in inner loop, outer continues
pairs = []
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        pairs.append((i, j))
print("pairs:", pairs)

# while inside for with break/continue
out = []
for word in ["apple", "kiwi", "banana"]:
    i = 0
    while True:
        i += 1
        if i > len(word):
            break
        if word[i - 1] in "aeiou":
            continue
        out.append(word[i - 1])
    out.append("|")
print("".join(out))

# break in the else of an inner loop breaks the outer loop
trace = []
for i in range(3):
    for j in range(2):
        trace.append((i, j))
    else:
        if i == 1:
            break
print("else-break:", trace)

# three levels deep
count = 0
for a in range(3):
    for b in range(3):
        for c in range(3):
            if c == 2:
                break
            if b == 1:
                continue
            count += 1
print("count:", count)
