# description: more statistics: ranked correlation with ties, regression and covariance errors, NormalDist samples and kde_random with a seed, median_grouped with intervals, fmean weights and mixed exact types
# features: [statistics, fractions]
# min-version: 3.13
# expect: output

import statistics as st
from fractions import Fraction as F

print(st.correlation([1, 2, 2, 3], [3, 1, 1, 2], method="ranked"))
try:
    st.correlation([1, 2], [3, 4], method="kendall")
except ValueError as e:
    print("ValueError:", e)
for fn, args in [(st.linear_regression, ([1, 1], [2, 3])), (st.linear_regression, ([1], [2])), (st.covariance, ([1], [2]))]:
    try:
        fn(*args)
    except st.StatisticsError as e:
        print("StatisticsError:", e)
print(st.NormalDist(5, 2).samples(4, seed=42))
rand = st.kde_random([1.0, 4.0, 9.0], h=0.5, kernel="triangular", seed=7)
print([round(rand(), 10) for _ in range(5)], rand.__doc__)
print(st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), st.median_grouped([10, 20, 20, 30], interval=10))
print(st.fmean([1, 2, 3], [3, 2, 1]), st.mean([F(1, 3), 2, F(1, 6)]), st.mean([1, F(1, 2)]))
print(st.variance([F(1, 2), 1, 2]), st.pstdev([1, 2, 3, 4]), st.stdev([F(1), F(2), F(4)]))
print(st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([F(1, 2), F(1, 3)]), st.geometric_mean([1, 0, 5]))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=5), st.quantiles(range(1, 11), n=3, method="inclusive"))
print(st.mode([1.5, 2, 2, 1.5]), st.multimode("mississippi"))
nd = st.NormalDist.from_samples([1, 2, 3, 4])
print(nd, nd.cdf(2.5), nd.inv_cdf(0.1), st.NormalDist(0, 1).quantiles(5))
print(2 - st.NormalDist(1, 1), st.NormalDist(1, 1) / 2, -st.NormalDist(3, 4), hash(st.NormalDist(1, 2)) == hash(st.NormalDist(1, 2)))
try:
    st.NormalDist(0, 0).pdf(1)
except st.StatisticsError as e:
    print("StatisticsError:", e)
try:
    st.NormalDist().inv_cdf(1.0)
except st.StatisticsError as e:
    print("StatisticsError:", e)
