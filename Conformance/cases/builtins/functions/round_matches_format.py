# description: round(x, n) agrees with correctly rounded '%.nf' formatting for many floats; ties follow the binary value
# features: [builtins, float, formatting]
# expect: output
values = [i / 8 for i in range(-40, 41)] + [i * 0.001 for i in range(0, 3000, 7)] + [2.675, 1.005, 0.125, 0.375, 1e-7, 123456.789]
mismatch = []
for x in values:
    for n in range(0, 4):
        if round(x, n) != float("%.*f" % (n, x)):
            mismatch.append((x, n))
print("checked:", len(values) * 4, "mismatches:", mismatch)
print("eighths rounded to 0 digits:", [round(i / 8) for i in range(-12, 13, 4)])
print("eighths rounded to 2 digits:", [round(i / 8, 2) for i in range(1, 8)])
print("negative ndigits vs int rounding:", [round(float(v), -1) for v in (5, 15, 25, 35, -5, -15)], [round(v, -1) for v in (5, 15, 25, 35, -5, -15)])
