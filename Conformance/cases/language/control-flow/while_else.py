# description: while loops with else run the else only when the loop ends without break
# features: [control-flow]
# expect: output

def search(items, target):
    i = 0
    while i < len(items):
        if items[i] == target:
            result = ("found", i)
            break
        i += 1
    else:
        result = ("missing", i)
    return result

print(search([5, 6, 7], 6))
print(search([5, 6, 7], 9))
print(search([], 1))

# else runs when the condition is false from the start
ran = []
while False:
    ran.append("body")
else:
    ran.append("else")
print("zero iterations:", ran)

# continue does not skip the else
n = 0
log = []
while n < 5:
    n += 1
    if n % 2:
        continue
    log.append(n)
else:
    log.append("else")
print("continue:", log)

# condition re-evaluated each iteration
state = [3]
def more():
    state[0] -= 1
    return state[0] >= 0
count = 0
while more():
    count += 1
print("iterations:", count, "state:", state[0])

# return inside while skips else
def f():
    while True:
        return "returned"
    else:
        return "else"
print(f())

# exception in while body skips else
try:
    while True:
        raise ValueError("stop")
    else:
        print("not reached")
except ValueError as e:
    print("exception:", e)

# while with else and nested break only breaks inner
out = []
i = 0
while i < 3:
    j = 0
    while j < 3:
        if j == i:
            break
        out.append((i, j))
        j += 1
    else:
        out.append("inner-else")
    i += 1
else:
    out.append("outer-else")
print(out)
