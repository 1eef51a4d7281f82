# description: float divmod invariants over many operand pairs: q*b + r ~= a, r has b's sign, |r| < |b|, q integral
# features: [builtins, float]
# expect: output
import math
values = [i * 0.7 - 20.3 for i in range(60)] + [1e-300, -1e-300, 1e300, -1e300, 0.1, -0.1, 3.0, -3.0]
bad = []
for a in values:
    for b in values:
        if b == 0:
            continue
        q, r = divmod(a, b)
        if q != a // b or r != a % b:
            bad.append(("mismatch", a, b))
        if not (math.isinf(q) or q == math.floor(q)):
            bad.append(("q not integral", a, b))
        if r != 0 and (r > 0) != (b > 0):
            bad.append(("sign", a, b))
        if abs(r) > abs(b):
            bad.append(("magnitude", a, b))
        if math.isfinite(q) and abs(q) < 2**52 and not math.isclose(q * b + r, a, rel_tol=1e-9, abs_tol=1e-300 + abs(b) * 1e-12):
            bad.append(("reconstruct", a, b))
print("pairs:", len(values) * (len(values)), "violations:", bad[:5], len(bad))
print("samples:", divmod(5.5, 2), divmod(-5.5, 2), divmod(5.5, -2), divmod(-5.5, -2), divmod(0.3, 0.1))
