# description: math integer functions: gcd/lcm (n-ary), isqrt, factorial, comb, perm, prod and their errors
# features: [builtins, math, int]
# min-version: 3.9
# expect: output
import math

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__ + ":", e)

show("gcd", lambda: (math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(0, -5), math.gcd(), math.gcd(7), math.gcd(12, 18, 8)))
show("gcd big", lambda: math.gcd(2**100 * 3, 2**80 * 9))
show("gcd float", lambda: math.gcd(1.0, 2))
show("lcm", lambda: (math.lcm(4, 6), math.lcm(-4, 6), math.lcm(0, 5), math.lcm(), math.lcm(3), math.lcm(2, 3, 4)))
show("isqrt", lambda: (math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**40), math.isqrt(2**127 - 1)))
show("isqrt negative", lambda: math.isqrt(-1))
show("isqrt float", lambda: math.isqrt(4.0))
show("factorial", lambda: (math.factorial(0), math.factorial(1), math.factorial(20), len(str(math.factorial(300)))))
show("factorial negative", lambda: math.factorial(-1))
show("factorial float", lambda: math.factorial(5.0))
show("comb", lambda: (math.comb(5, 2), math.comb(5, 0), math.comb(5, 6), math.comb(100, 50), math.comb(0, 0)))
show("comb negative", lambda: math.comb(-5, 2))
show("comb k negative", lambda: math.comb(5, -1))
show("perm", lambda: (math.perm(5, 2), math.perm(5), math.perm(5, 0), math.perm(5, 6)))
show("perm negative", lambda: math.perm(-1, 1))
show("prod", lambda: (math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4]), math.prod(range(1, 6), start=2)))
show("prod types", lambda: (type(math.prod([1, 2])).__name__, type(math.prod([1, 2.0])).__name__))
show("prod strings", lambda: math.prod(["a", 2]))
show("prod fractions of ints big", lambda: math.prod([10**10] * 5))
show("bool args", lambda: (math.gcd(True, 2), math.factorial(True), math.comb(True, True)))
