# description: mean/fmean/median family/geometric_mean/harmonic_mean return CPython's exact values and preserve Fraction/Decimal types
# features: [statistics, fractions]
# min-version: 3.12
# expect: output

import statistics as st
from fractions import Fraction as F
from decimal import Decimal as D

print("mean ints:", repr(st.mean([1, 2, 3, 4, 4])), repr(st.mean([1, 2])))
print("mean floats:", repr(st.mean([0.1, 0.2, 0.3])), repr(sum([0.1, 0.2, 0.3]) / 3))
print("mean fraction:", repr(st.mean([F(1, 2), F(1, 3)])))
print("mean decimal:", repr(st.mean([D("0.5"), D("0.75"), D("0.625")])))
print("mean mixed int/float:", repr(st.mean([1, 2.5])))
print("fmean:", repr(st.fmean([3.5, 4.0, 5.25])), repr(st.fmean([1, 2, 3], weights=[0.25, 0.25, 0.5])))
print("fmean generator:", repr(st.fmean(x / 10 for x in range(1, 4))))
print("median:", st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median([3, 1, 2]))
print("median_low/high:", st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print("median strings:", st.median_low(["b", "a", "d", "c"]))
print("median_grouped:", repr(st.median_grouped([52, 52, 53, 54])), repr(st.median_grouped([1, 3, 3, 5, 7], interval=2)))
print("geometric_mean:", repr(st.geometric_mean([54, 24, 36])), repr(st.geometric_mean([2, 8])))
print("harmonic_mean:", repr(st.harmonic_mean([40, 60])), repr(st.harmonic_mean([40, 60], weights=[5, 30])), st.harmonic_mean([1, 0]))
print("bool data:", repr(st.mean([True, False, True])))
