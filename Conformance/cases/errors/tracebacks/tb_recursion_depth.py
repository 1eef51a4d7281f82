# description: a traceback through N recursive calls has N+1 entries, all naming the recursive function with the same line
# features: [tracebacks, recursion]
# expect: output

def descend(n):
    if n == 0:
        raise ValueError("bottom")
    return descend(n - 1)

for depth in (0, 1, 5, 50):
    try:
        descend(depth)
    except ValueError as e:
        entries = []
        tb = e.__traceback__
        while tb:
            entries.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        names = {name for name, _ in entries[1:]}
        lines = [line for _, line in entries[1:]]
        print(f"depth {depth}: entries={len(entries)} names={sorted(names)} "
              f"call lines={sorted(set(lines[:-1]))} raise line={lines[-1]}")

# after catching RecursionError the traceback is long but finite; only check it is deep
def forever():
    return forever()
try:
    forever()
except RecursionError as e:
    count = 0
    tb = e.__traceback__
    while tb:
        count += 1
        tb = tb.tb_next
    print("recursion traceback deeper than 100 frames:", count > 100)
