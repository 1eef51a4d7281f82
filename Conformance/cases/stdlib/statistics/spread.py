# description: stdev, pstdev, variance and pvariance (with xbar/mu) return CPython's exact values, Fractions stay exact
# features: [statistics, fractions]
# expect: output

import statistics as st
from fractions import Fraction as F
from decimal import Decimal as D

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print("variance:", repr(st.variance(data)))
print("pvariance:", repr(st.pvariance(data)))
print("stdev:", repr(st.stdev(data)))
print("pstdev:", repr(st.pstdev(data)))
m = st.mean(data)
print("variance with xbar:", repr(st.variance(data, m)))
print("pvariance with mu:", repr(st.pvariance(data, mu=1.25)))
print("ints:", repr(st.variance([1, 2, 3, 4])), repr(st.pvariance([1, 2, 3, 4])), repr(st.stdev([1, 2, 3, 4])))
print("fractions:", repr(st.variance([F(1, 6), F(1, 2), F(5, 3)])), repr(st.pvariance([F(1, 4), F(5, 4), F(1, 2)])))
print("decimals:", repr(st.variance([D("27.5"), D("30.25"), D("30.25"), D("34.5"), D("41.75")])))
print("stdev decimal:", repr(st.stdev([D("1.5"), D("2.5"), D("2.5")])))
print("constant data:", repr(st.stdev([5, 5, 5])), repr(st.pstdev([7.0])))
print("large values stable:", repr(st.variance([1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16])))
